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
import { createTranslator } from 'next-intl';
import { de } from '@/lib/i18n/messages';

const state = { userId: null as string | null, headers: new Headers() as Headers | null };

/** The session of the next calls: `user` signed in (null: anonymous), in a new request without headers. */
export function signIn(user: { id: string } | null) {
  state.userId = user?.id ?? null;
  state.headers = new Headers();
}

/** next-auth's getServerSession: the JWT session holds only the user id (lib/auth/auth-options.ts). */
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
  getServerSession: vi.fn(async () => (state.userId ? { user: { id: state.userId } } : null)),
};

export const nextHeadersModule = {
  headers: async () => {
    if (!state.headers) throw new Error('`headers` was called outside a request scope.');
    return state.headers;
  },
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
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
