import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { getCurrentUser } from '@/lib/auth/current-user';
import { countUnreadNotifications } from '@/lib/notifications/count-unread-notifications';
import { PageFrame } from '@/components/shell/page-frame';
import { setLocale } from '@/app/_actions/set-locale';

/** Pages rendered per request (signed-in areas, sign-in, registration): the header knows the user at once. */
export default async function SiteLayout({ children, params }: { children: React.ReactNode; params: LocaleParams }) {
  await pageLocale(params);
  const user = await getCurrentUser();
  // The bell's number: one count on a partial index.
  const unreadNotifications = user ? await countUnreadNotifications({ userId: user.id }) : 0;
  return (
    <PageFrame user={user ? { name: user.name, role: user.role, unreadNotifications } : null} setLocale={setLocale}>
      {children}
    </PageFrame>
  );
}
