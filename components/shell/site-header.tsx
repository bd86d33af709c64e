import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { navigationFor } from '@/components/shell/navigation-items';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { MainNav } from '@/components/shell/main-nav';
import { buttonClass } from '@/components/ui/button-classes';

/** The header of every page; `setLocale` is the language switch's Server Action (app/_actions/set-locale.ts). */
export async function SiteHeader({ setLocale }: { setLocale: (formData: FormData) => Promise<void> }) {
  const [t, user] = await Promise.all([getTranslations('shell'), getCurrentUser()]);
  const items = navigationFor(user?.role ?? null).map((item) => ({ href: item.href, label: t(`nav.${item.key}`) }));
  return (
    <header className="border-b border-brand-100 bg-brand-50">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex flex-col leading-tight text-brand-900 no-underline hover:underline">
          <span className="text-lg font-bold">{t('portalName')}</span>
          <span className="text-sm text-muted">{t('portalSubtitle')}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-4">
          <LanguageSwitch action={setLocale} />
          {user ? (
            <div className="flex items-center gap-3">
              <span className="text-sm" data-testid="current-user">
                {t('signedInAs', { name: user.name })}
              </span>
              <SignOutButton label={t('signOut')} />
            </div>
          ) : (
            <Link href="/login" className={buttonClass('primary', 'compact')}>
              {t('signIn')}
            </Link>
          )}
        </div>
      </div>
      <MainNav label={t('mainNavigation')} items={items} />
    </header>
  );
}
