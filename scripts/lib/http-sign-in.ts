/**
 * Signs in over HTTP the way the sign-in form does (next-auth's credentials callback) and returns
 * the `Cookie` header of the session: for the benchmarks (scripts/bench/http.ts) and the load
 * drill (tests/drills/). `code`: the second factor, for accounts that have one.
 */
export async function signInOverHttp({ base, email, password, code }: { base: string; email: string; password: string; code?: string }): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = pair!.split('=');
      jar.set(name!, value.join('='));
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie(), origin: base },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true', ...(code ? { code } : {}) }),
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.endsWith('session-token'))) throw new Error(`sign-in of ${email} failed (${response.status})`);
  return cookie();
}
