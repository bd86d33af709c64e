import 'server-only';
import { cookies } from 'next/headers';
import { decode, encode } from 'next-auth/jwt';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/auth/session-policy';
import { getEnv } from '@/lib/env';

/** next-auth's session cookie: `__Secure-` when NEXTAUTH_URL is https, else the plain name. */
const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'] as const;

/**
 * Keeps the current browser signed in after its own change raised the account's session version
 * („Passwort ändern“, ADR 022): inside a Server Action, the request's session token is re-issued
 * with the new version and a fresh activity time, under the same cookie name and attributes
 * next-auth uses. Every other session of the account stays ended. Without a readable session
 * cookie nothing happens (the browser then signs in again).
 */
export async function renewSessionCookie({ userId, sessionVersion, now = new Date() }: { userId: string; sessionVersion: number; now?: Date }): Promise<void> {
  const jar = await cookies();
  const name = SESSION_COOKIES.find((candidate) => jar.has(candidate));
  if (!name) return;
  const secret = getEnv().AUTH_SECRET;
  const token = await decode({ token: jar.get(name)?.value, secret }).catch(() => null);
  if (!token || token.sub !== userId) return;
  const renewed = await encode({ token: { ...token, sv: sessionVersion, la: now.getTime() }, secret, maxAge: SESSION_MAX_AGE_SECONDS });
  jar.set(name, renewed, cookieAttributes(name, SESSION_MAX_AGE_SECONDS));
}

const cookieAttributes = (name: string, maxAge: number) => ({ httpOnly: true, sameSite: 'lax' as const, path: '/', secure: name.startsWith('__Secure-'), maxAge });

/** After „Überall abmelden“: this browser's cookie goes too (its token is refused anyway). */
export async function clearSessionCookie(): Promise<void> {
  const jar = await cookies();
  // Expired with the attributes it was set with (a `__Secure-` cookie is only replaced by a Secure one).
  for (const name of SESSION_COOKIES) if (jar.has(name)) jar.set(name, '', cookieAttributes(name, 0));
}
