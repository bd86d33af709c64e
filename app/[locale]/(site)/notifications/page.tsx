import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { listNotifications } from '@/lib/notifications/list-notifications';
import { PageHeader } from '@/components/ui/page-header';
import { MarkReadButton } from '@/components/notifications/mark-read-button';
import { NotificationList } from '@/components/notifications/notification-list';
import { markAllRead, markRead } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notifications');
  return { title: t('title') };
}

/** Benachrichtigungen: the signed-in user's own, newest first, 20 per page (any role). */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission('notifications:read');
  const [t, query] = await Promise.all([getTranslations('notifications'), searchParams]);
  const list = await listNotifications({ actor, query });
  const link = 'rounded px-3 py-1 text-brand-800 underline hover:bg-brand-50';
  return (
    <>
      <PageHeader title={t('title')}>
        <p>{t('intro')}</p>
      </PageHeader>
      <div className="mb-6 flex flex-wrap items-center gap-x-6 gap-y-3">
        <p className="font-semibold" data-testid="unread-count">
          {t('unreadCount', { count: list.unread })}
        </p>
        {list.unread > 0 && (
          <MarkReadButton action={markAllRead} variant="primary" labels={{ idle: t('markAllRead'), pending: t('marking'), failed: t('markFailed') }} />
        )}
        <Link href="/notifications/settings" className="underline">
          {t('settingsLink')}
        </Link>
      </div>
      {list.total === 0 ? (
        <p className="rounded border border-gray-300 bg-brand-50 p-6 font-semibold">{t('empty')}</p>
      ) : (
        <NotificationList items={list.items} markRead={markRead} />
      )}
      {list.pages > 1 && (
        <nav aria-label={t('pagination')} className="mt-6">
          <p className="mb-2 text-sm text-muted">{t('pageOf', { page: list.page, pages: list.pages })}</p>
          <ul className="flex flex-wrap gap-2">
            {list.page > 1 && (
              <li>
                <Link href={list.page === 2 ? '/notifications' : `/notifications?page=${list.page - 1}`} rel="prev" className={link}>
                  {t('newer')}
                </Link>
              </li>
            )}
            {list.page < list.pages && (
              <li>
                <Link href={`/notifications?page=${list.page + 1}`} rel="next" className={link}>
                  {t('older')}
                </Link>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}
