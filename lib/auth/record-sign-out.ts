import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/auth/session-policy';

/**
 * „Abmelden“ (next-auth's `signOut` event, lib/auth/auth-options.ts): the session ends for good —
 * its id is recorded as ended, so a copy of its token is refused from then on (ADR 022), while the
 * person's sessions in other browsers go on („Überall abmelden“ ends those) — and the audit event
 * `user.sign-out`, in one transaction. Ended ids older than the longest session are deleted on the
 * way (no token can name them any more). A session cookie that could not be read names no user
 * and records nothing.
 */
export async function recordSignOut({
  userId,
  sessionId,
  now = new Date(),
}: {
  userId: string | null | undefined;
  sessionId?: string | null;
  now?: Date;
}): Promise<void> {
  if (!userId) return;
  await db.$transaction(async (tx) => {
    if (sessionId) {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
      if (user) {
        await tx.endedSession.upsert({ where: { id: sessionId }, create: { id: sessionId, userId, endedAt: now }, update: {}, select: { id: true } });
      }
      await tx.endedSession.deleteMany({ where: { endedAt: { lt: new Date(now.getTime() - SESSION_MAX_AGE_SECONDS * 1000) } } });
    }
    await recordAuditEvent({ db: tx, actorId: userId, action: 'user.sign-out', subjectType: 'User', subjectId: userId });
  });
}
