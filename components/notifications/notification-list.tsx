import { getLocale, getTranslations } from 'next-intl/server';
import { INTL_LOCALES } from '@/lib/i18n/config';
import type { ActionResult } from '@/lib/forms/action-result';
import type { NotificationItem } from '@/lib/notifications/list-notifications';
import { notificationValues } from '@/lib/notifications/notification-text';
import { MarkReadButton } from '@/components/notifications/mark-read-button';

/**
 * The notifications of one page, newest first. Unread ones say so in words („Ungelesen“) and
 * with a heavier border, never by colour alone; each text links to its page.
 */
export async function NotificationList({
  items,
  markRead,
}: {
  items: NotificationItem[];
  /** The „Als gelesen markieren“ action, bound per item by this list. */
  markRead: (notificationId: string) => Promise<ActionResult<{ marked: number }>>;
}) {
  const [t, locale] = await Promise.all([getTranslations('notifications'), getLocale()]);
  const time = new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' });
  return (
    <ol className="space-y-3" data-testid="notification-list">
      {items.map((item) => {
        const textId = `notification-${item.id}`;
        return (
          <li
            key={item.id}
            className={`rounded border p-4 ${item.read ? 'border-gray-300' : 'border-l-8 border-brand-700 bg-brand-50'}`}
            data-read={item.read ? 'true' : 'false'}
          >
            <p className="mb-1 text-sm">
              <span className={item.read ? 'text-muted' : 'font-bold text-brand-900'}>{item.read ? t('read') : t('unread')}</span>
              <span className="text-muted">
                {' · '}
                <time dateTime={item.createdAt.toISOString()}>{t('receivedAt', { date: time.format(item.createdAt) })}</time>
              </span>
            </p>
            <p className="mb-2 break-words">
              <a id={textId} href={item.href} className={`underline ${item.read ? '' : 'font-semibold'}`}>
                {t(`text.${item.kind}`, notificationValues({ data: item.data, locale }))}
              </a>
            </p>
            {!item.read && (
              <MarkReadButton
                action={markRead.bind(null, item.id)}
                describedBy={textId}
                labels={{ idle: t('markRead'), pending: t('marking'), failed: t('markFailed') }}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}
