// @ts-check
/**
 * Next's cache of the pages it keeps — the public pages, the same for every visitor (ADR 011) —
 * for a portal that runs in more than one process (scripts/serve.ts) or on more than one instance
 * (ADR 032). Each process keeps its pages in its own memory, as Next's own cache does; what is
 * shared is when a page stopped being true: `revalidatePath` / `revalidateTag` (a catalogue
 * publication, a changed legal text) records the invalidated tags in PostgreSQL, and every process
 * checks a page's tags there before it serves its copy. So the page a publication changed is
 * rendered anew by the very next request, whichever process answers it (ADR 034).
 *
 * No clocks are compared: an invalidation takes the next number of one rising sequence (the table
 * PageCacheTag), and a page remembers the sequence's number when its render began. A copy whose
 * tags were invalidated after that is not served. A render that began after the invalidation read
 * the changed data (the change was committed before the invalidation was recorded), so its copy
 * stands.
 *
 * Loaded by Next itself at run time (next.config.js `cacheHandler`), outside the app's bundle:
 * plain JavaScript that talks to PostgreSQL through `pg` on DATABASE_URL. The embedded database
 * (PGlite, one process, one connection) and `next build` keep the record in memory.
 */
import pg from 'pg';

/** How much page data a process keeps (the oldest use goes first), as Next's own memory cache. */
const SIZE_LIMIT_BYTES = 50 * 1024 * 1024;
/** A failing database is reported at most this often (every cached request would report it). */
const REPORT_INTERVAL_MS = 60_000;
/** Next's header on a cached page that lists its tags (the route, its layouts, its path). */
const TAGS_HEADER = 'x-next-cache-tags';

/**
 * @typedef {{ value: any, lastModified: number, cacheControl: unknown, tags: string[], generation: number, size: number }} Entry
 * @typedef {{ current: number, latest: number }} TagState  the sequence's number now; the latest invalidation of the tags asked for
 * @typedef {{ read(tags: string[]): Promise<TagState>, invalidate(tags: string[]): Promise<void> }} TagStore
 */

/** The cached pages of this process, in order of use (a Map keeps insertion order). @type {Map<string, Entry>} */
const entries = new Map();
let storedBytes = 0;
/** Pages being rendered: the sequence's number when their render began. @type {Map<string, number>} */
const renderStarts = new Map();

/** @returns {TagStore} the record in this process's memory. */
function memoryTagStore() {
  let current = 0;
  /** @type {Map<string, number>} */
  const latest = new Map();
  return {
    async read(tags) {
      return { current, latest: Math.max(0, ...tags.map((tag) => latest.get(tag) ?? 0)) };
    },
    async invalidate(tags) {
      current += 1;
      for (const tag of tags) latest.set(tag, current);
    },
  };
}

/** @param {string} connectionString @returns {TagStore} the record in PostgreSQL, shared by every process and instance. */
function postgresTagStore(connectionString) {
  const pool = new pg.Pool({
    connectionString,
    max: 2,
    connectionTimeoutMillis: 2_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 2_000,
    application_name: 'portal-page-cache',
  });
  // A connection the server closes while idle must not end the process.
  pool.on('error', (error) => report('idle connection', error));
  return {
    async read(tags) {
      const { rows } = await pool.query(
        `SELECT (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM "PageCacheTag_generation_seq") AS current,
                (SELECT coalesce(max("generation"), 0) FROM "PageCacheTag" WHERE "tag" = ANY($1::text[])) AS latest`,
        [tags],
      );
      return { current: Number(rows[0].current), latest: Number(rows[0].latest) };
    },
    async invalidate(tags) {
      await pool.query(
        `INSERT INTO "PageCacheTag" ("tag") SELECT unnest($1::text[])
         ON CONFLICT ("tag") DO UPDATE SET "generation" = nextval('"PageCacheTag_generation_seq"')`,
        [tags],
      );
    },
  };
}

let lastReport = 0;
/** @param {string} what @param {unknown} error */
function report(what, error) {
  if (Date.now() - lastReport < REPORT_INTERVAL_MS) return;
  lastReport = Date.now();
  console.error(`[page-cache] ${what}: ${error instanceof Error ? error.message : String(error)}`);
}

const shared = Boolean(process.env.DATABASE_URL) && process.env.PORTAL_EMBEDDED !== '1' && process.env.NEXT_PHASE !== 'phase-production-build';
/** @type {TagStore} */
const store = shared ? postgresTagStore(String(process.env.DATABASE_URL)) : memoryTagStore();

/**
 * The record's state for these tags; null when the database cannot be asked (a copy in memory is
 * then served: without the database nothing can have been published either).
 * @param {string[]} tags
 */
async function readTags(tags) {
  try {
    return await store.read(tags);
  } catch (error) {
    report('reading invalidations failed', error);
    return null;
  }
}

/** @param {any} value @param {{ tags?: string[], softTags?: string[] }} context */
function tagsOf(value, context) {
  const header = value?.headers?.[TAGS_HEADER];
  const tags = typeof header === 'string' && header ? header.split(',') : [];
  return [...tags, ...(context.tags ?? []), ...(context.softTags ?? [])];
}

/** @param {any} value */
function sizeOf(value) {
  const parts = [value?.html, value?.rscData, value?.body, value?.data?.body, ...(value?.segmentData ? value.segmentData.values() : [])];
  return parts.reduce((sum, part) => sum + (typeof part === 'string' || Buffer.isBuffer(part) ? part.length : 0), 1024);
}

/** @param {string} key */
function forget(key) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  storedBytes -= entry.size;
}

/** @param {string} key @param {number} generation */
function renderBegins(key, generation) {
  if (!renderStarts.has(key)) renderStarts.set(key, generation);
}

export default class PageCacheHandler {
  /** @param {unknown} _context Next's (file system and build paths; not used) */
  constructor(_context) {}

  /** @param {string} key */
  async get(key) {
    const entry = entries.get(key);
    const state = await readTags(entry ? entry.tags : []);
    if (!entry) {
      // Next renders the page now and hands it to set().
      renderBegins(key, state?.current ?? 0);
      return null;
    }
    if (state && state.latest > entry.generation) {
      forget(key);
      renderBegins(key, state.current);
      return null;
    }
    // In use: to the end of the order.
    entries.delete(key);
    entries.set(key, entry);
    // Past its lifetime Next serves this copy and renders the page again in the background.
    const revalidate = /** @type {{ revalidate?: number | false } | undefined} */ (entry.cacheControl)?.revalidate;
    if (typeof revalidate === 'number' && Date.now() > entry.lastModified + revalidate * 1000) renderBegins(key, state?.current ?? 0);
    return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
  }

  /** @param {string} key @param {any} value @param {{ cacheControl?: unknown, tags?: string[], softTags?: string[] }} context */
  async set(key, value, context) {
    // A page set without a render seen beginning (at build time) counts as older than every
    // invalidation: its first request after one renders it again.
    const generation = renderStarts.get(key) ?? 0;
    renderStarts.delete(key);
    forget(key);
    if (value === null) return;
    const entry = { value, lastModified: Date.now(), cacheControl: context.cacheControl, tags: tagsOf(value, context), generation, size: sizeOf(value) };
    entries.set(key, entry);
    storedBytes += entry.size;
    for (const [oldest] of entries) {
      if (storedBytes <= SIZE_LIMIT_BYTES) break;
      forget(oldest);
    }
  }

  /** `revalidatePath` and `revalidateTag`: expired at once, in every process (a `profile` makes no difference here). @param {string | string[]} tags */
  async revalidateTag(tags) {
    const invalidated = typeof tags === 'string' ? [tags] : tags;
    if (invalidated.length === 0) return;
    // This process drops its copies at once, whatever happens to the record.
    for (const [key, entry] of entries) if (entry.tags.some((tag) => invalidated.includes(tag))) forget(key);
    try {
      await store.invalidate(invalidated);
    } catch (error) {
      // The change itself is saved; other processes show it within the pages' `revalidate`.
      report('recording an invalidation failed', error);
    }
  }

  resetRequestCache() {}
}
