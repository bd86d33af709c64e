/**
 * The front door's screening (lib/http/front-door.ts, ADR 031) on a real HTTP server: a stand-in
 * for Next reads each request it is handed as Next does (the body as a stream, to its end) and
 * answers what it got. Requests with a Content-Length pass as they came (the client's own
 * request object, unread); Server Action bodies without one are counted — over 1 MB 413, not
 * JSON 400, else Next gets the same bytes with their Content-Length.
 */
import http, { type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenRequest } from '@/lib/http/front-door';
import { ACTION_BODY_LIMIT_BYTES } from '@/lib/http/front-door-refusal';

type Seen = { own: boolean; length: string | undefined; chunked: boolean; body: string };
let base = '';
let server: http.Server;
const seen: Seen[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    screenRequest(request, response, {
      beforeRefusal: (_refused, answer) => answer.setHeader('x-screened', 'refused'),
      pass: async (passed: IncomingMessage, answer) => {
        const chunks: Buffer[] = [];
        for await (const chunk of passed) chunks.push(chunk as Buffer);
        const body = Buffer.concat(chunks).toString('utf8');
        seen.push({ own: passed === request, length: passed.headers['content-length'], chunked: passed.headers['transfer-encoding'] !== undefined, body });
        answer.writeHead(200, { 'content-type': 'text/plain' });
        answer.end(`next:${body.length}`);
      },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** A body sent in pieces without Content-Length (Transfer-Encoding: chunked), as a script may send it. */
function chunked(text: string, pieceBytes = 64 * 1024): ReadableStream<Uint8Array> {
  const bytes = Buffer.from(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(at, at + pieceBytes));
      at += pieceBytes;
    },
  });
}

const action = (body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  fetch(`${base}/projects/new`, {
    method: 'POST',
    headers: { 'next-action': 'abc', 'content-type': 'text/plain;charset=UTF-8', ...headers },
    body,
    ...(typeof body === 'string' ? {} : { duplex: 'half' }),
  } as RequestInit);

describe('screenRequest', () => {
  it('passes a request with a Content-Length as it came: the client’s own request, unread', async () => {
    seen.length = 0;
    const body = JSON.stringify([{ title: 'Projekt' }]);
    const response = await action(body);
    expect(response.status).toBe(200);
    expect(seen).toEqual([{ own: true, length: String(body.length), chunked: false, body }]);
    seen.length = 0;
    const page = await fetch(`${base}/projects`);
    expect(page.status).toBe(200);
    expect(seen[0]!.own).toBe(true);
  });

  it('counts a chunked action body and hands Next the same bytes with their Content-Length', async () => {
    seen.length = 0;
    const text = JSON.stringify([{ title: 'Ä'.repeat(300_000) }]);
    const response = await action(chunked(text));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(`next:${text.length}`);
    expect(seen).toEqual([{ own: false, length: String(Buffer.byteLength(text)), chunked: false, body: text }]);
  });

  it('answers a chunked action body over 1 MB with 413 in the visitor’s language, after reading it, and Next never sees it', async () => {
    seen.length = 0;
    const big = JSON.stringify([{ title: 'x'.repeat(3 * ACTION_BODY_LIMIT_BYTES) }]);
    const german = await action(chunked(big));
    expect(german.status).toBe(413);
    expect(german.headers.get('x-screened')).toBe('refused');
    expect(await german.text()).toContain('Es wurde nichts gespeichert');
    const english = await action(chunked(big), { cookie: 'NEXT_LOCALE=en' });
    expect(english.status).toBe(413);
    expect(await english.text()).toContain('Nothing was saved');
    // Just over the limit, in one piece and in many.
    expect((await action(chunked('x'.repeat(ACTION_BODY_LIMIT_BYTES + 1), ACTION_BODY_LIMIT_BYTES + 1))).status).toBe(413);
    expect((await action(chunked(`"${'x'.repeat(ACTION_BODY_LIMIT_BYTES - 2)}"`, 1000))).status).toBe(200);
    expect(seen).toHaveLength(1);
  });

  it('answers a chunked action body that is not JSON with 400; a multipart one goes to Next', async () => {
    seen.length = 0;
    const german = await action(chunked('[{"title": "offen'));
    expect(german.status).toBe(400);
    expect(await german.text()).toBe('Die gesendeten Daten sind fehlerhaft und wurden nicht verarbeitet. Es wurde nichts gespeichert.');
    const english = await action(chunked('nicht json'), { cookie: 'NEXT_LOCALE=en' });
    expect(await english.text()).toBe('The data sent is malformed and was not processed. Nothing was saved.');
    expect(seen).toEqual([]);
    const multipart = await action(chunked('--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]\r\n--x--\r\n'), { 'content-type': 'multipart/form-data; boundary=x' });
    expect(multipart.status).toBe(200);
    expect(seen).toHaveLength(1);
  });

  it('answers by headers alone: an action body announced over 1 MB (413) and a malformed path (400)', async () => {
    seen.length = 0;
    const announced = await action('x'.repeat(ACTION_BODY_LIMIT_BYTES + 10));
    expect(announced.status).toBe(413);
    const malformed = await fetch(`${base}/projects/%E0%A4%A`);
    expect(malformed.status).toBe(400);
    expect(seen).toEqual([]);
  });

  it('survives a client that breaks off a chunked body, and goes on serving', async () => {
    seen.length = 0;
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => {
      const request = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/projects/new', headers: { 'next-action': 'abc', 'transfer-encoding': 'chunked' } });
      request.on('error', () => resolve());
      request.write('[{"title": "halb');
      setTimeout(() => {
        request.destroy();
        setTimeout(resolve, 100);
      }, 100);
    });
    expect(seen).toEqual([]);
    expect((await action('[1]')).status).toBe(200);
  });
});
