/**
 * The two requests the browser makes to next-auth's routes (app/api/auth/[...nextauth]):
 * sign in with e-mail and password, sign out. Plain fetch instead of `next-auth/react`, whose
 * client (12 kB gzip) every page would load for the header's „Abmelden“ alone. Both first fetch
 * the CSRF token next-auth checks (a cookie plus the same value in the body).
 */
async function csrfToken(): Promise<string> {
  const response = await fetch('/api/auth/csrf', { cache: 'no-store' });
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

async function post(path: string, fields: Record<string, string>): Promise<{ ok: boolean; url: string | null; body: Record<string, unknown> }> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...fields, csrfToken: await csrfToken(), json: 'true' }),
  });
  const body = (await response.json().catch(() => ({}))) as { url?: string };
  return { ok: response.ok, url: body.url ?? null, body };
}

/**
 * Signs in through the credentials provider; null on success, else the provider's error code
 * (`invalid`, `disabled`, `unconfirmed`, `throttled:<seconds>`, `code-required`, `code-invalid`,
 * lib/auth/auth-options.ts). `code`: the second factor, for an account with two-factor sign-in.
 */
export async function signInWithPassword(credentials: { email: string; password: string; code?: string }): Promise<string | null> {
  const { ok, url } = await post('/api/auth/callback/credentials', credentials);
  const error = url ? new URL(url, window.location.href).searchParams.get('error') : 'unknown';
  return ok && !error ? null : (error ?? 'unknown');
}

/** The activity report under way, if any: signing out waits for it, so its answer cannot set the cookie again. */
let reporting: Promise<unknown> | null = null;

/** Ends the session (the cookie is removed by the response). */
export async function signOutHere(): Promise<void> {
  await reporting?.catch(() => undefined);
  await post('/api/auth/signout', {});
}

/**
 * Tells the server the person is active (next-auth's session update, ADR 022): the session's
 * last activity becomes now. False when the server refused — the session has ended.
 */
export async function reportActivity(): Promise<boolean> {
  const request = post('/api/auth/session', {});
  reporting = request;
  try {
    const { ok, body } = await request;
    return ok && typeof body.user === 'object' && body.user !== null;
  } finally {
    if (reporting === request) reporting = null;
  }
}
