/**
 * lib/cache/page-cache-handler.mjs (ADR 034): cached pages live in each process's memory, their
 * invalidation in PostgreSQL. Two fresh copies of the module stand for two processes (or
 * instances) on the same database.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';

type Handler = {
  get(key: string): Promise<{ value: { html: string } } | null>;
  set(key: string, value: unknown, context: { cacheControl?: { revalidate: number | false } }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
};

const STANDARDS_TAG = '_N_T_/[locale]/(public)/standards/page';
const KEY = '/de/standards';

/** A page as Next hands it over: its HTML and, in its headers, the tags it carries. */
const page = (html: string, tags = ['_N_T_/layout', '_N_T_/[locale]/layout', STANDARDS_TAG]) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(`rsc:${html}`),
  headers: { 'x-next-cache-tags': tags.join(',') },
  status: 200,
});

/** A process: a fresh copy of the module (its own memory), on this test file's database. */
async function startProcess(): Promise<Handler> {
  vi.resetModules();
  const { default: PageCacheHandler } = (await import('@/lib/cache/page-cache-handler.mjs')) as { default: new (context: unknown) => Handler };
  return new PageCacheHandler({});
}

/** What Next does on a request: serve the copy, or render (`render()`), hand the page over, serve it. */
async function request(handler: Handler, render: () => string | Promise<string>): Promise<string> {
  const cached = await handler.get(KEY);
  if (cached) return cached.value.html;
  const html = await render();
  await handler.set(KEY, page(html), { cacheControl: { revalidate: 60 } });
  return html;
}

let published = 'Katalogversion 1';
const renders: string[] = [];
const render = (name: string) => () => {
  renders.push(name);
  return published;
};

beforeEach(() => {
  published = 'Katalogversion 1';
  renders.length = 0;
  vi.stubEnv('PORTAL_EMBEDDED', '0');
});
afterEach(() => vi.unstubAllEnvs());

describe('the page cache across processes', () => {
  it('renders once per process, serves the copy after that, and an invalidation in one process reaches the other at once', async () => {
    const [a, b] = [await startProcess(), await startProcess()];
    expect(await request(a, render('a'))).toBe('Katalogversion 1');
    expect(await request(b, render('b'))).toBe('Katalogversion 1');
    expect(await request(a, render('a'))).toBe('Katalogversion 1');
    expect(await request(b, render('b'))).toBe('Katalogversion 1');
    expect(renders).toEqual(['a', 'b']);

    // A publication in process a: the data first, then revalidatePath → revalidateTag.
    published = 'Katalogversion 2';
    await a.revalidateTag([STANDARDS_TAG]);
    expect(await db.pageCacheTag.findUnique({ where: { tag: STANDARDS_TAG }, select: { tag: true } })).toEqual({ tag: STANDARDS_TAG });
    expect(await request(b, render('b'))).toBe('Katalogversion 2');
    expect(await request(a, render('a'))).toBe('Katalogversion 2');
    expect(await request(b, render('b'))).toBe('Katalogversion 2');
    expect(renders).toEqual(['a', 'b', 'b', 'a']);

    // A tag the page does not carry leaves it alone.
    await a.revalidateTag('_N_T_/[locale]/(public)/(legal)/impressum/page');
    expect(await request(b, render('b'))).toBe('Katalogversion 2');
    expect(renders).toEqual(['a', 'b', 'b', 'a']);
  });

  it('a render that began before an invalidation is not served after it; one that began after it is', async () => {
    const [a, b] = [await startProcess(), await startProcess()];
    // b begins to render with the old data …
    expect(await b.get(KEY)).toBeNull();
    const oldHtml = published;
    // … a publication happens meanwhile in a …
    published = 'Katalogversion 2';
    await a.revalidateTag(STANDARDS_TAG);
    // … and b hands its (old) page over when its render is done.
    await b.set(KEY, page(oldHtml), { cacheControl: { revalidate: 60 } });
    expect(await b.get(KEY)).toBeNull();
    // The render that now begins is after the invalidation: its copy stands.
    await b.set(KEY, page(published), { cacheControl: { revalidate: 60 } });
    expect((await b.get(KEY))?.value.html).toBe('Katalogversion 2');
  });

  it('serves its copy while the database cannot be asked, and a copy from before the outage is not lost', async () => {
    vi.stubEnv('DATABASE_URL', 'postgresql://postgres@127.0.0.1:1/unreachable');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const handler = await startProcess();
    expect(await request(handler, render('x'))).toBe('Katalogversion 1');
    expect(await request(handler, render('x'))).toBe('Katalogversion 1');
    expect(renders).toEqual(['x']);
    // Its own invalidation still drops its copy at once, though it cannot be recorded.
    published = 'Katalogversion 2';
    await handler.revalidateTag(STANDARDS_TAG);
    expect(await request(handler, render('x'))).toBe('Katalogversion 2');
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/^\[page-cache\] /));
  });

  it('keeps the record in memory with the embedded database (one process)', async () => {
    vi.stubEnv('PORTAL_EMBEDDED', '1');
    const recorded = await db.pageCacheTag.findMany({ select: { tag: true, generation: true } });
    const handler = await startProcess();
    expect(await request(handler, render('x'))).toBe('Katalogversion 1');
    published = 'Katalogversion 2';
    await handler.revalidateTag(STANDARDS_TAG);
    expect(await request(handler, render('x'))).toBe('Katalogversion 2');
    expect(await db.pageCacheTag.findMany({ select: { tag: true, generation: true } })).toEqual(recorded);
  });
});
