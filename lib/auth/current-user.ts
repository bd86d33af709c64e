import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { getAuthOptions } from '@/lib/auth/auth-options';
import { loadSessionUser, type SessionUser } from '@/lib/auth/load-session-user';
import { readSessionClaims } from '@/lib/auth/session-claims';

export type CurrentUser = SessionUser;

/**
 * The signed-in user, read from the database on every request (once per request): a user
 * disabled, erased (Art. 17, lib/privacy/erase-person.ts) or deleted since sign-in is treated as
 * signed out at the next request, and a changed role takes effect at once. So is a session that
 * was ended („Abmelden“, „Überall abmelden“, a new password, a changed role) or idle for longer
 * than its role allows (ADR 022, lib/auth/load-session-user.ts) — in the same one query.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(getAuthOptions());
  return loadSessionUser({ claims: readSessionClaims(session) });
});
