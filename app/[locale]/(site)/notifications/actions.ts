'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/guards';
import { parseId } from '@/lib/forms/action-args';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import { markNotificationsRead } from '@/lib/notifications/mark-notifications-read';
import { updateMailPreferences } from '@/lib/notifications/update-mail-preferences';

/** „Als gelesen markieren“ (bound to the notification's id): only one's own (another id → 404). */
export async function markRead(notificationId: unknown): Promise<ActionResult<{ marked: number }>> {
  const actor = await requirePermission('notifications:read');
  try {
    const marked = await markNotificationsRead({ actor, notificationId: parseId(notificationId, 'Notification') });
    revalidatePath('/notifications');
    return ok({ marked });
  } catch (error) {
    return toActionFailure(error, 'notifications/markRead');
  }
}

/** „Alle als gelesen markieren“. */
export async function markAllRead(): Promise<ActionResult<{ marked: number }>> {
  const actor = await requirePermission('notifications:read');
  try {
    const marked = await markNotificationsRead({ actor });
    revalidatePath('/notifications');
    return ok({ marked });
  } catch (error) {
    return toActionFailure(error, 'notifications/markAllRead');
  }
}

/** The e-mail settings (/notifications/settings). */
export async function saveMailPreferences(input: unknown): Promise<ActionResult<null>> {
  const actor = await requirePermission('notifications:read');
  try {
    await updateMailPreferences({ actor, input });
    revalidatePath('/notifications/settings');
    return ok(null);
  } catch (error) {
    return toActionFailure(error, 'notifications/saveMailPreferences');
  }
}
