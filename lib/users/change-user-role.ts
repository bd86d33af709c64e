import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hasPermission } from '@/lib/auth/permissions';
import type { ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, DomainError } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';
import { changeUserRoleSchema } from '@/lib/users/change-user-role-schema';
import { lockAccountChange } from '@/lib/users/lock-account-change';

/**
 * An administrator changes a staff account's role (Förderreferent/in ↔ Administrator/in). Applicant
 * accounts belong to an organisation and keep their role (`roleChangeRefused`): a person who moves
 * to the funding body gets a staff invitation. Refused for one's own account and when it would
 * leave no active administrator (lib/users/lock-account-change.ts, under a lock). The audit event
 * `user.role-changed` records before and after. The person's sessions end (the session version is
 * raised, ADR 022): they sign in again into the new role.
 */
export async function changeUserRole({ actor, userId, input }: { actor: ScopeActor; userId: string; input: unknown }): Promise<{ role: Role }> {
  if (!hasPermission(actor.role, 'users:manage')) throw new AuthorizationError('forbidden');
  const { role } = changeUserRoleSchema.parse(input);
  return db.$transaction(async (tx) => {
    const { target, assertAllowed } = await lockAccountChange({ tx, actor, userId });
    if (target.role === 'APPLICANT') throw new DomainError('roleChangeRefused');
    assertAllowed({ role, disabledAt: target.disabledAt });
    if (target.role === role) return { role };
    // Its sessions end: the person signs in again into the new role (ADR 022).
    await tx.user.update({ where: { id: target.id }, data: { role, sessionVersion: { increment: 1 } }, select: { id: true } });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'user.role-changed',
      subjectType: 'User',
      subjectId: target.id,
      details: { before: { role: target.role }, after: { role } },
    });
    return { role };
  });
}
