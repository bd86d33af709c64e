import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hasPermission } from '@/lib/auth/permissions';
import { userScope, type ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, DomainError, NotFoundError } from '@/lib/errors';
import { lockTwoFactorUser } from '@/lib/two-factor/lock-two-factor-user';

/**
 * „Zwei-Faktor-Anmeldung zurücksetzen“ (/admin/users/[id]): for a lost device, an administrator
 * deletes the user's secret and recovery codes. A funding officer or administrator is then held
 * at the set-up at their next request; an applicant signs in with the password alone until they
 * switch it on again. Not for one's own account (`ownAccount`: another administrator does it).
 * Audit `user.two-factor-reset`; nothing set up: nothing changes.
 */
export async function resetTwoFactor({ actor, userId }: { actor: ScopeActor; userId: string }): Promise<{ reset: boolean }> {
  if (!hasPermission(actor.role, 'users:manage')) throw new AuthorizationError('forbidden');
  if (userId === actor.id) throw new DomainError('ownAccount');
  return db.$transaction(async (tx) => {
    const visible = await tx.user.findFirst({ where: { AND: [{ id: userId }, userScope(actor)] }, select: { id: true } });
    if (!visible) throw new NotFoundError('User');
    const user = await lockTwoFactorUser({ tx, userId });
    if (!user.totpEnabledAt && !user.totpPendingSecret) return { reset: false };
    await tx.user.update({
      where: { id: user.id },
      data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null },
      select: { id: true },
    });
    const codes = await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'user.two-factor-reset',
      subjectType: 'User',
      subjectId: user.id,
      details: { before: { totpEnabledAt: user.totpEnabledAt?.toISOString() ?? null, recoveryCodes: codes.count }, after: { totpEnabledAt: null } },
    });
    return { reset: true };
  });
}
