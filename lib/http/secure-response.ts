/**
 * Security headers of every response, applied by scripts/serve.ts before Next handles the request
 * (ADR 026): HSTS over https; for pages the Content-Security-Policy of
 * lib/http/content-security-policy.ts — a nonce for a page rendered for this request, the hashes
 * of Next's inline scripts for a page served from Next's cache — and for route handlers a policy
 * under which nothing runs. Node's http only: no Next code runs here.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import {
  NON_PAGE_POLICY,
  STRICT_TRANSPORT_SECURITY,
  contentSecurityPolicy,
  createNonce,
  inlineScriptHashes,
} from '@/lib/http/content-security-policy';
import { NOT_A_PAGE } from '@/lib/http/paths';

const CSP = 'Content-Security-Policy';

/** The body as the page's text, whatever compression Next applied. */
function decoded(body: Buffer, encoding: string): string {
  // The answer to HEAD has no body (and an empty gzip stream is no gzip stream).
  if (body.length === 0) return '';
  if (encoding === 'gzip') return gunzipSync(body).toString('utf8');
  if (encoding === 'br') return brotliDecompressSync(body).toString('utf8');
  if (encoding === 'deflate') return inflateSync(body).toString('utf8');
  return body.toString('utf8');
}

/** A page Next served from its cache (rendered once for everybody): no per-request nonce in it. */
function isCachedPage(response: ServerResponse): boolean {
  return response.hasHeader('x-nextjs-cache') || response.hasHeader('x-nextjs-prerender');
}

const isHtml = (response: ServerResponse) => String(response.getHeader('content-type') ?? '').startsWith('text/html');

export function secureResponse(
  request: IncomingMessage,
  response: ServerResponse,
  { https, dev }: { https: boolean; dev: boolean },
): void {
  if (https) response.setHeader('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  const path = (request.url ?? '/').split('?')[0]!;
  if (path.startsWith('/api/')) response.setHeader(CSP, NON_PAGE_POLICY);
  if (NOT_A_PAGE.test(path)) return;

  // Next reads the nonce from the request's policy and puts it on every script it renders.
  const nonce = createNonce();
  request.headers['content-security-policy'] = contentSecurityPolicy({ nonce, dev, https });

  const writeHead = response.writeHead.bind(response) as (status: number, ...rest: unknown[]) => ServerResponse;
  const write = response.write.bind(response) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  let mode: 'undecided' | 'pass' | 'buffer' = 'undecided';
  let deferredStatus: { status: number; reason?: string } | null = null;
  const chunks: Buffer[] = [];

  /** Before the first byte: a nonce policy for a page of this request, or buffer a cached page. */
  const decide = () => {
    if (mode !== 'undecided') return;
    if (response.headersSent || !isHtml(response)) mode = 'pass';
    else if (isCachedPage(response)) mode = 'buffer';
    else {
      response.setHeader(CSP, contentSecurityPolicy({ nonce, dev, https }));
      mode = 'pass';
    }
  };
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
    else chunks.push(Buffer.from(chunk as Uint8Array));
  };

  response.writeHead = ((status: number, ...rest: unknown[]) => {
    const reason = typeof rest[0] === 'string' ? rest[0] : undefined;
    const headers = (typeof rest[0] === 'string' ? rest[1] : rest[0]) as OutgoingHttpHeaders | unknown[] | undefined;
    if (headers && !Array.isArray(headers)) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value);
    }
    decide();
    if (mode === 'buffer') {
      deferredStatus = { status, reason };
      return response;
    }
    // Raw header arrays go through as they came; header objects were set above.
    return Array.isArray(headers) ? writeHead(status, ...rest) : writeHead(status, ...(reason ? [reason] : []));
  }) as typeof response.writeHead;
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    decide();
    if (mode !== 'buffer') return write(chunk, ...rest);
    collect(chunk, rest[0]);
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof response.write;
  response.end = ((...args: unknown[]) => {
    decide();
    if (mode !== 'buffer') return end(...args);
    const [chunk, encoding] = args;
    collect(chunk, encoding);
    const body = Buffer.concat(chunks);
    const hashes = inlineScriptHashes(decoded(body, String(response.getHeader('content-encoding') ?? '')));
    response.setHeader(CSP, contentSecurityPolicy({ scriptHashes: hashes, dev, https }));
    writeHead(deferredStatus?.status ?? response.statusCode, ...(deferredStatus?.reason ? [deferredStatus.reason] : []));
    const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    return end(body, callback);
  }) as typeof response.end;
}
