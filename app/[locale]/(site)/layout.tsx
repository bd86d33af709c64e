import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { getCurrentUser } from '@/lib/auth/current-user';
import { PageFrame } from '@/components/shell/page-frame';
import { setLocale } from '@/app/_actions/set-locale';

/** Pages rendered per request (signed-in areas, sign-in, registration): the header knows the user at once. */
export default async function SiteLayout({ children, params }: { children: React.ReactNode; params: LocaleParams }) {
  await pageLocale(params);
  const user = await getCurrentUser();
  return (
    <PageFrame user={user ? { name: user.name, role: user.role } : null} setLocale={setLocale}>
      {children}
    </PageFrame>
  );
}
