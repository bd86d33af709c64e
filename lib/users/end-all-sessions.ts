import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hasPermission } from '@/lib/auth/permissions';
import type { ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError } from '@/lib/errors';

/**
 * „Überall abmelden“ (/account): raises the account's session version, so every session token
 * issued before — in every browser, this one included — is refused from its next request on
 * (ADR 022). Audit event `user.sessions-ended`, in the same transaction.
 */
export async function endAllSessions({ actor }: { actor: ScopeActor }): Promise<void> {
  if (!hasPermission(actor.role, 'account:read')) throw new AuthorizationError('forbidden');
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
    await recordAuditEvent({ db: tx, actorId: actor.id, action: 'user.sessions-ended', subjectType: 'User', subjectId: actor.id });
  });
}
