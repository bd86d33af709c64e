/**
 * Talking to the portal over plain HTTP, as a browser would, without a browser: a signed-in
 * session per person (next-auth's own sign-in requests, with the two-factor code of staff) and
 * Server Action calls the way Next's client sends them (POST to a page that uses the action,
 * `Next-Action: <id>`, the arguments as JSON). Used by the authorization matrix
 * (tests/e2e/authorization-matrix.spec.ts) and the hostile-input tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { E2E } from './e2e-env';
import { nextTotpCode } from './fixtures';

export type HttpSession = { email: string | null; cookie: string };

export const ANONYMOUS: HttpSession = { email: null, cookie: '' };

/** Signs in through next-auth's credentials callback (CSRF token first; the code step's `code` for staff). */
export async function signInOverHttp(email: string, password: string, { twoFactor }: { twoFactor: boolean }): Promise<HttpSession> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = pair!.split('=');
      jar.set(name!.trim(), value.join('='));
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const csrf = await fetch(`${E2E.baseUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email, password, json: 'true' });
  if (twoFactor) body.set('code', await nextTotpCode(email));
  const response = await fetch(`${E2E.baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie(), origin: E2E.baseUrl },
    body,
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.endsWith('session-token'))) throw new Error(`signInOverHttp: ${email} was not signed in (${response.status} ${response.headers.get('location')})`);
  return { email, cookie: cookie() };
}

/** A request of `session` (redirects are not followed: the matrix asserts them). */
export function request(session: HttpSession, pathname: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (session.cookie) headers.set('cookie', session.cookie);
  if (init.method && init.method !== 'GET' && !headers.has('origin')) headers.set('origin', E2E.baseUrl);
  return fetch(`${E2E.baseUrl}${pathname}`, { redirect: 'manual', ...init, headers });
}

type ManifestEntry = { workers: Record<string, unknown>; filename: string; exportedName: string };

/** A Server Action of the build: its id, `<module path>#<export>`, and the pages (route patterns) that carry it. */
export type BuiltAction = { id: string; name: string; pages: string[] };

/**
 * Every Server Action of the build, from Next's manifest (`.next/server/server-reference-manifest.json`,
 * Next 16: `node[<action id>] = { workers: { 'app/[locale]/…/page': … }, filename, exportedName }`).
 */
export function builtActions(root = process.cwd()): BuiltAction[] {
  const manifest = JSON.parse(readFileSync(path.join(root, '.next/server/server-reference-manifest.json'), 'utf8')) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    name: `${entry.filename}#${entry.exportedName}`,
    pages: Object.keys(entry.workers)
      .filter((worker) => worker.endsWith('/page'))
      .map((worker) => routePattern(`${worker}.tsx`)),
  }));
}

/** `app/[locale]/(site)/(applicant)/projects/[id]/page.tsx` → `/projects/[id]`; `app/api/me/route.ts` → `/api/me`. */
export function routePattern(file: string): string {
  const segments = file
    .replace(/^app\//, '')
    .split('/')
    .slice(0, -1)
    .filter((segment) => segment !== '[locale]' && !/^\(.*\)$/.test(segment));
  return `/${segments.join('/')}`;
}

/** What a Server Action call answered: the HTTP status and, when it returned one, the action's result. */
export type ActionAnswer = { status: number; result?: { ok: boolean; formError?: string; fieldErrors?: Record<string, string[]> }; body: string };

/**
 * Calls a Server Action as Next's client does: POST to a page that uses it, with the action id and
 * the arguments as a JSON array (bound arguments first). A FormData argument goes as multipart
 * (React's reply encoding: `0` = `["$K1"]`, the fields prefixed `1_`).
 */
export async function callAction(session: HttpSession, { id, page, args }: { id: string; page: string; args: unknown[] | FormData }): Promise<ActionAnswer> {
  let body: string | FormData;
  const headers: Record<string, string> = { 'next-action': id, accept: 'text/x-component' };
  if (args instanceof FormData) {
    body = new FormData();
    body.set('0', JSON.stringify(['$K1']));
    for (const [name, value] of args) body.append(`1_${name}`, value);
  } else {
    body = JSON.stringify(args);
    headers['content-type'] = 'text/plain;charset=UTF-8';
  }
  const response = await request(session, page, { method: 'POST', headers, body });
  const text = await response.text();
  // The action's own answer is the row `1:` of the RSC payload (`0:` says where to find it).
  const row = /^1:(\{.*\})$/m.exec(text);
  let result: ActionAnswer['result'];
  if (response.status === 200 && row) {
    try {
      result = JSON.parse(row[1]!) as ActionAnswer['result'];
    } catch {
      result = undefined;
    }
  }
  return { status: response.status, result, body: text };
}
