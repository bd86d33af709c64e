import { db } from '@/lib/db';

/** The bell's number: one count on the partial index "Notification_unread_idx". */
export async function countUnreadNotifications({ userId }: { userId: string }): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}
