import { createTranslator } from 'next-intl';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';
import type { NotificationKind } from '@/lib/generated/prisma/enums';
import type { NotificationData } from '@/lib/notifications/notify';
import { notificationValues } from '@/lib/notifications/notification-text';

/**
 * Subject and plain-text body of a notification's mail in the recipient's language: the same
 * sentence as in the portal (`notifications.text.<KIND>`), the link to the page and to the
 * e-mail settings (`mail.notification`).
 */
export function notificationMail({
  locale,
  kind,
  data,
  name,
  link,
  settingsLink,
}: {
  locale: string | null | undefined;
  kind: NotificationKind;
  data: NotificationData;
  name: string;
  link: string;
  settingsLink: string;
}): { subject: string; body: string } {
  const language = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const messages = MESSAGES[language];
  const texts = createTranslator({ locale: language, messages, namespace: 'notifications' });
  const mail = createTranslator({ locale: language, messages, namespace: 'mail' });
  const text = texts(`text.${kind}`, notificationValues({ data, locale: language }));
  return {
    subject: mail(`notification.subject.${kind}`, { projectTitle: data.projectTitle }),
    body: mail('notification.body', { name, text, link, settingsLink }),
  };
}
