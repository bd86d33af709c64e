import { db } from '@/lib/db';
import { isSessionCurrent, type SessionClaims } from '@/lib/auth/session-claims';
import type { Role } from '@/lib/generated/prisma/enums';
import { twoFactorRequired } from '@/lib/two-factor/two-factor-policy';

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
  /** Staff without two-factor sign-in: every guard holds them at its set-up (ADR 023). */
  twoFactorSetupRequired: boolean;
};

/**
 * The user a session belongs to, when the session is still current (lib/auth/session-claims.ts):
 * one query by primary key, which also asks whether this session id was ended by „Abmelden“
 * (a nested select: one statement). Used per request by getCurrentUser and by next-auth's
 * session update (the browser's activity report, lib/auth/auth-options.ts).
 */
export async function loadSessionUser({ claims, now = new Date() }: { claims: SessionClaims | null; now?: Date }): Promise<SessionUser | null> {
  if (!claims) return null;
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      organisationId: true,
      disabledAt: true,
      erasedAt: true,
      sessionVersion: true,
      totpEnabledAt: true,
      endedSessions: { where: { id: claims.sessionId }, select: { id: true } },
    },
  });
  if (!user) return null;
  const { disabledAt, erasedAt, sessionVersion, endedSessions, totpEnabledAt, ...rest } = user;
  const ended = endedSessions.length > 0;
  const current = { ...rest, twoFactorSetupRequired: twoFactorRequired(user.role) && !totpEnabledAt };
  return isSessionCurrent({ claims, user: { role: user.role, sessionVersion, disabledAt, erasedAt, ended }, now }) ? current : null;
}
