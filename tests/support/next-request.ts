/**
 * What Next provides around a request, for calling Server Actions and route handlers directly
 * in an integration test (no Next server): the session of the user a test signs in, the
 * request headers, and the cache and locale functions that need Next's request store. Only
 * these framework edges are replaced; lib/auth/current-user.ts still loads the signed-in user
 * from the database (a disabled or deleted user counts as signed out), and redirect(),
 * forbidden() and notFound() are Next's own. In a test file:
 *
 *   vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
 *   vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));
 *   vi.mock('next/cache', () => import('@/tests/support/next-request').then((m) => m.nextCacheModule));
 *   vi.mock('next-intl/server', () => import('@/tests/support/next-request').then((m) => m.nextIntlServerModule));
 */
import { expect, vi } from 'vitest';
import type { Session } from 'next-auth';
import { createTranslator } from 'next-intl';
import { de } from '@/lib/i18n/messages';

const state = {
  userId: null as string | null,
  /** The session getServerSession answers; undefined until the first call after signIn() makes it. */
  session: null as Session | null | undefined,
  headers: new Headers() as Headers | null,
  /** The browser's cookies as `cookies()` reads and writes them (a Server Action can set one). */
  cookies: new Map<string, string>(),
};

/**
 * The session of the next calls: `user` signed in (null: anonymous), in a new request without
 * headers. The session is made as signing in makes it — by next-auth's own callbacks
 * (lib/auth/auth-options.ts) with the account's session version — at the first request after this
 * call; a session version raised later (a new password, „Überall abmelden“) ends it, as it would.
 */
export function signIn(user: { id: string } | null) {
  state.userId = user?.id ?? null;
  state.session = user ? undefined : null;
  state.headers = new Headers();
  state.cookies.clear();
}

/** The next calls run with exactly this session (e.g. one made by the callbacks at another time: `sessionAt`). */
export function withSession(session: Session | null) {
  state.userId = session?.user?.id ?? null;
  state.session = session;
  state.headers = new Headers();
  state.cookies.clear();
}

/** The browser's cookie jar of the current test (cleared by signIn/useSession). */
export const browserCookies = state.cookies;

/** The session next-auth's callbacks make for `userId` signing in at `now` (the account's current session version). */
export async function sessionAt({ userId, now = new Date() }: { userId: string; now?: Date }): Promise<Session> {
  const [{ getDbPool }, { getAuthOptions }] = await Promise.all([import('@/lib/db'), import('@/lib/auth/auth-options')]);
  // Read past Prisma (the pool under it): signing in is not part of the request a test measures
  // (tests/integration/query-count.test.ts counts Prisma's statements).
  const { rows } = await getDbPool().query<{ sessionVersion: number }>('SELECT "sessionVersion" FROM "User" WHERE "id" = $1', [userId]);
  const callbacks = getAuthOptions().callbacks!;
  const token = await callbacks.jwt!({ token: {}, user: { id: userId, sessionVersion: rows[0]?.sessionVersion ?? 0 }, account: null } as never);
  // Signed in at `now`: its last activity.
  return (await callbacks.session!({ session: { user: { id: userId }, expires: '' }, token: { ...token, la: now.getTime() } } as never)) as Session;
}

/**
 * A new request of the same user with these headers (e.g. `x-request-id`): code that keeps
 * something per request (lib/audit/request-id.ts) sees a request other than the one before.
 */
export function newRequest(headers: HeadersInit = {}) {
  state.headers = new Headers(headers);
}

/** Code called next runs outside any request (a job, a script): `headers()` refuses, as Next's does. */
export function outsideRequest() {
  state.headers = null;
}

export const nextAuthModule = {
  getServerSession: vi.fn(async () => {
    if (state.session === undefined) state.session = state.userId ? await sessionAt({ userId: state.userId }) : null;
    return state.session;
  }),
};

export const nextHeadersModule = {
  headers: async () => {
    if (!state.headers) throw new Error('`headers` was called outside a request scope.');
    return state.headers;
  },
  cookies: async () => ({
    get: (name: string) => (state.cookies.has(name) ? { name, value: state.cookies.get(name)! } : undefined),
    getAll: () => [...state.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => state.cookies.has(name),
    set: (name: string, value: string, options?: { maxAge?: number }) => {
      if (options?.maxAge === 0) state.cookies.delete(name);
      else state.cookies.set(name, value);
    },
    delete: (name: string) => state.cookies.delete(name),
  }),
};

/** revalidatePath needs Next's static generation store; here a spy the tests can ask. */
export const nextCacheModule = {
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
};

/** The visitor's language (next-intl reads it from the request; lib/i18n/request.ts). */
export const nextIntlServerModule = {
  getLocale: vi.fn(async () => 'de'),
  /** German messages, as a German request gets them (actions name a refused status in words). */
  getTranslations: vi.fn(async (namespace?: string) => createTranslator({ locale: 'de', messages: de, namespace: namespace as 'assessment' })),
};

/** The error Next throws for redirect(), forbidden() or notFound(), by its digest. */
function interrupt(error: unknown): string {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' ? digest : `no Next interrupt: ${String(error)}`;
}

async function expectAccessFallback(call: Promise<unknown>, status: 401 | 403) {
  const error = await call.then(
    (value) => ({ resolved: value }),
    (caught: unknown) => caught,
  );
  expect(interrupt(error)).toBe(`NEXT_HTTP_ERROR_FALLBACK;${status}`);
}

/** Expects `call` to end in forbidden() (403, app/[locale]/(site)/forbidden.tsx). */
export const expectForbidden = (call: Promise<unknown>) => expectAccessFallback(call, 403);

/** Expects `call` to end in unauthorized() (401: the sign-in form in place, app/[locale]/(site)/unauthorized.tsx). */
export const expectUnauthorized = (call: Promise<unknown>) => expectAccessFallback(call, 401);
