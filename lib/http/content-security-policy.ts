/**
 * The Content-Security-Policy of every HTML page (ADR 026), set by scripts/serve.ts, the front
 * door before Next. Pages rendered per request get a nonce: the front door puts a policy with a
 * fresh nonce into the request's own `content-security-policy` header, where Next finds it and
 * gives it to every script it writes, and sends the same policy with the response. Cached pages
 * (the start page, /standards, the legal pages: rendered once for everybody, ADR 011) cannot
 * carry a per-request nonce; their policy lists the SHA-256 of each of Next's own inline scripts
 * in that HTML instead (its external scripts come from 'self' with SRI `integrity` attributes,
 * next.config.js). No 'unsafe-inline' and no 'unsafe-eval' for scripts in production.
 */
import { createHash, randomBytes } from 'node:crypto';

export function createNonce(): string {
  return randomBytes(18).toString('base64');
}

type PolicyOptions = {
  /** The request's nonce (a page rendered per request). */
  nonce?: string;
  /** `'sha256-…'` sources of the inline scripts (a cached page). */
  scriptHashes?: string[];
  /** `next dev` evaluates code for its debugging aids. */
  dev?: boolean;
  /** Served over https: ask the browser to upgrade any http subresource. */
  https?: boolean;
};

/** The policy, one line. */
export function contentSecurityPolicy({ nonce, scriptHashes = [], dev = false, https = false }: PolicyOptions): string {
  const scripts = nonce
    ? // With a nonce, scripts Next's runtime loads later are trusted through the trusted ones.
      [`'nonce-${nonce}'`, "'strict-dynamic'"]
    : ["'self'", ...scriptHashes.map((hash) => `'${hash}'`)];
  const directives = [
    "default-src 'self'",
    `script-src ${[...scripts, ...(dev ? ["'unsafe-eval'"] : [])].join(' ')}`,
    // React writes style attributes (progress bars, the diff); no script runs from a style.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** For responses that are not pages (route handlers, downloads): nothing may run or frame them. */
export const NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";

/**
 * Next's own inline scripts in a cached page: the flight data (`self.__next_f…`) and the
 * bundler's chunk list (`(globalThis["TURBOPACK"]…`). Only these are hashed — a script of any
 * other shape in the HTML stays blocked, so the policy still stops what it is for.
 */
const NEXT_INLINE_SCRIPT = /^(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(|self\.__next_f\.push\(|\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\()/;

/** `sha256-…` of every inline script of Next's in `html`, each once. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    const body = match[1]!;
    if (NEXT_INLINE_SCRIPT.test(body)) hashes.add(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return [...hashes];
}

/** HSTS for a portal served over https (a year, subdomains too). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';
