import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hasPermission } from '@/lib/auth/permissions';
import type { ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError } from '@/lib/errors';
import type { NotificationKind } from '@/lib/generated/prisma/enums';
import { KINDS_BY_ROLE } from '@/lib/notifications/notification-kinds';
import { updateMailPreferencesSchema } from '@/lib/notifications/update-mail-preferences-schema';

/**
 * Saves which notifications the actor also receives by e-mail: of the kinds their role receives,
 * those not chosen are turned off (User.mailOptOut); other kinds keep their setting. Before and
 * after go into the audit event. Returns the kinds now turned off.
 */
export async function updateMailPreferences({ actor, input }: { actor: ScopeActor; input: unknown }): Promise<NotificationKind[]> {
  if (!hasPermission(actor.role, 'notifications:read')) throw new AuthorizationError('forbidden');
  const { mailKinds } = updateMailPreferencesSchema.parse(input);
  const offered: readonly NotificationKind[] = KINDS_BY_ROLE[actor.role];
  return db.$transaction(async (tx) => {
    const { mailOptOut: before } = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { mailOptOut: true } });
    const after = [...before.filter((kind) => !offered.includes(kind)), ...offered.filter((kind) => !mailKinds.includes(kind))];
    await tx.user.update({ where: { id: actor.id }, data: { mailOptOut: after }, select: { id: true } });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'user.mailPreferencesUpdated',
      subjectType: 'User',
      subjectId: actor.id,
      details: { before: { mailOptOut: before }, after: { mailOptOut: after } },
    });
    return after;
  });
}
