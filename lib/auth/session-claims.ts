import { randomUUID } from 'node:crypto';
import type { Role } from '@/lib/generated/prisma/enums';
import { idleTimeoutMs } from '@/lib/auth/session-policy';

/**
 * What a session token says about its session (ADR 022): the user, the session's own id (`sid`,
 * ended by „Abmelden“), the account's session version when the token was issued (`sv`; password
 * change and reset, role change and „Überall abmelden“ raise the account's) and the last activity
 * the browser reported (`la`, ms since the epoch). A token without them (from before ADR 022) is
 * no session.
 */
export type SessionClaims = { userId: string; sessionId: string; sessionVersion: number; lastActivityAt: number };

/** The fields next-auth's callbacks put into the JWT and the session (lib/auth/auth-options.ts). */
export type SessionFields = { sid: string; sv: number; la: number };

/** A new session for a user who just signed in. */
export function newSessionFields({ sessionVersion, now = new Date() }: { sessionVersion: number; now?: Date }): SessionFields {
  return { sid: randomUUID(), sv: sessionVersion, la: now.getTime() };
}

/** Claims from a session (getServerSession) or a token (`sub` as the user id); null when any is missing. */
export function readSessionClaims(source: { user?: { id?: unknown } | null; sub?: unknown; sid?: unknown; sv?: unknown; la?: unknown } | null | undefined): SessionClaims | null {
  if (!source) return null;
  const userId = source.user?.id ?? source.sub;
  const { sid, sv, la } = source;
  if (typeof userId !== 'string' || !userId || typeof sid !== 'string' || !sid) return null;
  if (typeof sv !== 'number' || !Number.isInteger(sv) || typeof la !== 'number' || !Number.isFinite(la)) return null;
  return { userId, sessionId: sid, sessionVersion: sv, lastActivityAt: la };
}

/**
 * Whether a session still opens the portal for `user` (as loaded from the database per request):
 * the account is enabled and not erased, the token's session version is the account's, the
 * session was not ended by „Abmelden“, and its last activity lies within the role's idle timeout.
 */
export function isSessionCurrent({
  claims,
  user,
  now,
}: {
  claims: SessionClaims;
  user: { role: Role; sessionVersion: number; disabledAt: Date | null; erasedAt: Date | null; ended: boolean };
  now: Date;
}): boolean {
  if (user.disabledAt || user.erasedAt || user.ended) return false;
  if (claims.sessionVersion !== user.sessionVersion) return false;
  const idleMs = now.getTime() - claims.lastActivityAt;
  return idleMs <= idleTimeoutMs(user.role);
}
