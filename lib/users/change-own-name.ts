import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hasPermission } from '@/lib/auth/permissions';
import type { ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, NotFoundError } from '@/lib/errors';
import { changeOwnNameSchema } from '@/lib/users/change-own-name-schema';

/** „Name ändern“ (/account, every role): one's own name, with the audit event `user.name-changed` (before and after). */
export async function changeOwnName({ actor, input }: { actor: ScopeActor; input: unknown }): Promise<{ name: string }> {
  if (!hasPermission(actor.role, 'account:read')) throw new AuthorizationError('forbidden');
  const { name } = changeOwnNameSchema.parse(input);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: actor.id }, select: { name: true } });
    if (!user) throw new NotFoundError('User');
    if (user.name === name) return { name };
    await tx.user.update({ where: { id: actor.id }, data: { name }, select: { id: true } });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'user.name-changed',
      subjectType: 'User',
      subjectId: actor.id,
      details: { before: { name: user.name }, after: { name } },
    });
    return { name };
  });
}
