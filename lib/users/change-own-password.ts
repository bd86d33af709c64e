import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hashPassword } from '@/lib/auth/password';
import { hasPermission } from '@/lib/auth/permissions';
import type { ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, NotFoundError } from '@/lib/errors';
import { changeOwnPasswordSchema } from '@/lib/users/change-own-password-schema';
import { verifyCurrentPassword } from '@/lib/users/verify-current-password';

/**
 * „Passwort ändern“ (/account, every role): the current password (lib/users/verify-current-password.ts),
 * then a new one by the rules of registration, checked against the account's own address. In one
 * transaction: the new hash, the session version raised — every session of the account ends
 * (ADR 022) — and the audit event `user.password-changed`. Returns the new session version, for
 * which the caller re-issues the current browser's session (lib/auth/renew-session-cookie.ts).
 * Unused password-reset links die with the old password.
 */
export async function changeOwnPassword({ actor, input, now = new Date() }: { actor: ScopeActor; input: unknown; now?: Date }): Promise<{ sessionVersion: number }> {
  if (!hasPermission(actor.role, 'account:read')) throw new AuthorizationError('forbidden');
  const fields = typeof input === 'object' && input !== null ? input : {};
  const account = await db.user.findUnique({ where: { id: actor.id }, select: { email: true } });
  if (!account) throw new NotFoundError('User');
  const data = changeOwnPasswordSchema.parse({ ...fields, email: account.email });
  await verifyCurrentPassword({ userId: actor.id, password: data.currentPassword, now });
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const { sessionVersion } = await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await tx.userToken.deleteMany({ where: { userId: actor.id, purpose: 'PASSWORD_RESET', usedAt: null } });
    await recordAuditEvent({ db: tx, actorId: actor.id, action: 'user.password-changed', subjectType: 'User', subjectId: actor.id });
    return { sessionVersion };
  });
}
