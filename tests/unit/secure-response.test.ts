/**
 * The front door's security headers (lib/http/secure-response.ts) on a real HTTP server whose
 * handler answers as Next does: a page rendered for the request (it reads the nonce from the
 * request's policy), a cached page (x-nextjs-cache, gzip), and a route handler.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secureResponse } from '@/lib/http/secure-response';
import { contentSecurityPolicy, inlineScriptHashes } from '@/lib/http/content-security-policy';

const FLIGHT = 'self.__next_f.push([1,"0:[\\"$\\",\\"main\\",null,{}]"])';
const CACHED_PAGE = `<html><body><script src="/_next/static/chunks/a.js" async></script><script>${FLIGHT}</script><script>alert('injected')</script></body></html>`;
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

let server: http.Server;
let base: string;
let https = false;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    secureResponse(request, response, { https, dev: false });
    const path = request.url ?? '/';
    if (path === '/cached') {
      const body = gzipSync(CACHED_PAGE);
      response.setHeader('x-nextjs-cache', 'HIT');
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.setHeader('content-encoding', 'gzip');
      response.setHeader('content-length', body.length);
      // A HEAD answer carries the headers of the GET answer and no body.
      response.end(request.method === 'HEAD' ? undefined : body);
    } else if (path.startsWith('/api/')) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    } else {
      // Next takes the nonce from the request's own policy (get-script-nonce-from-header).
      const nonce = /'nonce-([^']+)'/.exec(String(request.headers['content-security-policy']))?.[1];
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.write(`<html><body><script nonce="${nonce}">${FLIGHT}</script>`);
      response.end('</body></html>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const scriptSrc = (policy: string | null) => policy?.split('; ').find((directive) => directive.startsWith('script-src ')) ?? '';

describe('the Content-Security-Policy of the front door', () => {
  it('gives a page rendered per request a fresh nonce that Next puts on its scripts, and no unsafe sources', async () => {
    const [first, second] = await Promise.all([fetch(`${base}/projects`), fetch(`${base}/projects`)]);
    const policy = first.headers.get('content-security-policy');
    const nonce = /'nonce-([^']+)'/.exec(policy ?? '')?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(await first.text()).toContain(`<script nonce="${nonce}">`);
    expect(second.headers.get('content-security-policy')).not.toContain(nonce);
    expect(scriptSrc(policy)).toBe(`script-src 'nonce-${nonce}' 'strict-dynamic'`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).not.toContain('unsafe-eval');
  });

  it("lists the hashes of Next's inline scripts of a cached page — not of any other script — and leaves the body as it was", async () => {
    const response = await fetch(`${base}/cached`, { headers: { 'accept-encoding': 'gzip' } });
    const policy = response.headers.get('content-security-policy');
    expect(scriptSrc(policy)).toBe(`script-src 'self' ${sha(FLIGHT)}`);
    expect(policy).not.toContain(sha("alert('injected')"));
    expect(await response.text()).toBe(CACHED_PAGE);
  });

  it('keeps the length of a cached page in the answer to HEAD, which has no body', async () => {
    const head = await fetch(`${base}/cached`, { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(gzipSync(CACHED_PAGE).length));
  });

  it('keeps route handlers from running or being framed, and asks for https only when served over it', async () => {
    const api = await fetch(`${base}/api/health`);
    expect(api.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox");
    expect(api.headers.get('strict-transport-security')).toBeNull();
    https = true;
    try {
      const page = await fetch(`${base}/projects`);
      expect(page.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(page.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    } finally {
      https = false;
    }
  });

  it('allows eval only for the development server', () => {
    expect(scriptSrc(contentSecurityPolicy({ nonce: 'n', dev: true }))).toBe("script-src 'nonce-n' 'strict-dynamic' 'unsafe-eval'");
    expect(inlineScriptHashes(`<script>${FLIGHT}</script><script>${FLIGHT}</script><script src="/x.js"></script>`)).toHaveLength(1);
  });
});
