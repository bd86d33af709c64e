import { db } from '@/lib/db';
import { notificationScope, type ScopeActor } from '@/lib/auth/scope';
import { NotFoundError } from '@/lib/errors';

/**
 * „Als gelesen markieren“ (one id) or „Alle als gelesen markieren“ (no id): only the actor's own
 * notifications; another user's id, or one that does not exist, is not found (404) and changes
 * nothing. Marking a read one again keeps its first time. Returns how many were marked.
 */
export async function markNotificationsRead({ actor, notificationId }: { actor: ScopeActor; notificationId?: string }): Promise<number> {
  const scope = notificationScope(actor);
  if (notificationId === undefined) {
    const { count } = await db.notification.updateMany({ where: { ...scope, readAt: null }, data: { readAt: new Date() } });
    return count;
  }
  const { count } = await db.notification.updateMany({ where: { ...scope, id: notificationId, readAt: null }, data: { readAt: new Date() } });
  if (count === 0 && (await db.notification.count({ where: { ...scope, id: notificationId } })) === 0) throw new NotFoundError('Notification');
  return count;
}
