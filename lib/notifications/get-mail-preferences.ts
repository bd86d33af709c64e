import { db } from '@/lib/db';
import type { ScopeActor } from '@/lib/auth/scope';
import type { NotificationKind } from '@/lib/generated/prisma/enums';
import { KINDS_BY_ROLE } from '@/lib/notifications/notification-kinds';

/** The settings page's state: the kinds the actor's role receives, each with whether mails are on. */
export async function getMailPreferences({ actor }: { actor: ScopeActor }): Promise<{ kind: NotificationKind; mail: boolean }[]> {
  const { mailOptOut } = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { mailOptOut: true } });
  return KINDS_BY_ROLE[actor.role].map((kind) => ({ kind, mail: !mailOptOut.includes(kind) }));
}
