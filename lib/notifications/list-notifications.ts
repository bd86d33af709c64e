import { db } from '@/lib/db';
import { notificationScope, type ScopeActor } from '@/lib/auth/scope';
import type { NotificationKind } from '@/lib/generated/prisma/enums';
import { NOTIFICATIONS_PAGE_SIZE, listNotificationsSchema } from '@/lib/notifications/list-notifications-schema';
import type { NotificationData } from '@/lib/notifications/notify';
import { notificationPath, readNotificationData } from '@/lib/notifications/notification-text';

export type NotificationItem = {
  id: string;
  kind: NotificationKind;
  data: NotificationData;
  /** Where it leads (relative). */
  href: string;
  createdAt: Date;
  read: boolean;
};

/**
 * The actor's own notifications (/notifications), newest first, one page of
 * NOTIFICATIONS_PAGE_SIZE, with the number of pages and of unread ones. Three statements,
 * however many there are.
 */
export async function listNotifications({ actor, query }: { actor: ScopeActor; query: unknown }) {
  const { page } = listNotificationsSchema.parse(query);
  const where = notificationScope(actor);
  const [total, unread] = await Promise.all([
    db.notification.count({ where }),
    db.notification.count({ where: { ...where, readAt: null } }),
  ]);
  const pages = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE));
  const current = Math.min(page, pages);
  const rows = await db.notification.findMany({
    where,
    select: { id: true, kind: true, data: true, assessmentId: true, createdAt: true, readAt: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (current - 1) * NOTIFICATIONS_PAGE_SIZE,
    take: NOTIFICATIONS_PAGE_SIZE,
  });
  const items: NotificationItem[] = rows.map((row) => {
    const data = readNotificationData(row.data);
    return {
      id: row.id,
      kind: row.kind,
      data,
      href: notificationPath({ role: actor.role, data, assessmentId: row.assessmentId }),
      createdAt: row.createdAt,
      read: row.readAt !== null,
    };
  });
  return { items, page: current, pages, total, unread };
}
