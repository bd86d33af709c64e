import * as z from 'zod/mini';
import { NOTIFICATION_KINDS } from '@/lib/notifications/notification-kinds';

/** The e-mail settings (/notifications/settings): the kinds the user wants mails for. Messages are keys of `notifications.errors`. */
export const updateMailPreferencesSchema = z.object({
  mailKinds: z.array(z.enum(NOTIFICATION_KINDS, 'kindUnknown')),
});

export type MailPreferencesInput = z.infer<typeof updateMailPreferencesSchema>;
