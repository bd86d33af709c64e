import type { JWT } from 'next-auth/jwt';
import { loadSessionUser } from '@/lib/auth/load-session-user';
import { readSessionClaims } from '@/lib/auth/session-claims';

/** Thrown inside next-auth's jwt callback: next-auth then clears the session cookie and answers `{}`. */
export class SessionEndedError extends Error {
  override name = 'SessionEndedError';
  constructor() {
    super('The session has ended');
  }
}

/**
 * The browser reports activity (POST /api/auth/session, next-auth's session update): the token's
 * last activity becomes `now` — only while the session is still current (the same check as every
 * request, lib/auth/load-session-user.ts), so a session that was ended or has been idle too long
 * cannot be revived, whatever the browser sends. Otherwise SessionEndedError.
 */
export async function reportSessionActivity({ token, now = new Date() }: { token: JWT; now?: Date }): Promise<JWT> {
  const user = await loadSessionUser({ claims: readSessionClaims(token), now });
  if (!user) throw new SessionEndedError();
  return { ...token, la: now.getTime() };
}
