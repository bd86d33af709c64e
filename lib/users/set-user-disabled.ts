import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hasPermission } from '@/lib/auth/permissions';
import type { ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, DomainError } from '@/lib/errors';
import { lockAccountChange } from '@/lib/users/lock-account-change';
import { setUserDisabledSchema } from '@/lib/users/set-user-disabled-schema';

/**
 * An administrator disables an account or enables it again. A disabled user is signed out at
 * their next request (lib/auth/current-user.ts reads `disabledAt` every time) and cannot sign in
 * (lib/auth/authenticate.ts). Refused for one's own account and for the last active
 * administrator (under a lock, lib/users/lock-account-change.ts); an applicant who was removed
 * from their organisation has none to return to (`noOrganisation`). Audit event `user.disabled` /
 * `user.enabled` with before and after; doing what is already done changes nothing.
 */
export async function setUserDisabled({
  actor,
  userId,
  input,
  now = new Date(),
}: {
  actor: ScopeActor;
  userId: string;
  input: unknown;
  now?: Date;
}): Promise<{ disabledAt: Date | null }> {
  if (!hasPermission(actor.role, 'users:manage')) throw new AuthorizationError('forbidden');
  const { disabled } = setUserDisabledSchema.parse(input);
  return db.$transaction(async (tx) => {
    const { target, assertAllowed } = await lockAccountChange({ tx, actor, userId });
    const disabledAt = disabled ? (target.disabledAt ?? now) : null;
    assertAllowed({ role: target.role, disabledAt });
    if ((target.disabledAt === null) === (disabledAt === null)) return { disabledAt: target.disabledAt };
    if (!disabled && target.role === 'APPLICANT' && target.organisationId === null) throw new DomainError('noOrganisation');
    await tx.user.update({ where: { id: target.id }, data: { disabledAt }, select: { id: true } });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: disabled ? 'user.disabled' : 'user.enabled',
      subjectType: 'User',
      subjectId: target.id,
      details: { before: { disabledAt: target.disabledAt?.toISOString() ?? null }, after: { disabledAt: disabledAt?.toISOString() ?? null } },
    });
    return { disabledAt };
  });
}
