import { getLocale, getTranslations } from 'next-intl/server';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { AccountArea } from '@/components/shell/account-area';
import { MainNav } from '@/components/shell/main-nav';
import type { Locale } from '@/lib/i18n/config';

/**
 * The header of every page. It reads no request: who is signed in comes from the
 * SessionProvider around it (components/shell/session-context.tsx), so cached pages can carry
 * it too. `setLocale` is the language switch's Server Action (app/_actions/set-locale.ts).
 */
export async function SiteHeader({ setLocale }: { setLocale: (formData: FormData) => Promise<void> }) {
  const [t, tSession, locale] = await Promise.all([getTranslations('shell'), getTranslations('session'), getLocale()]);
  return (
    <header className="border-b border-brand-100 bg-brand-50">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <a href="/" className="flex flex-col leading-tight text-brand-900 no-underline hover:underline">
          <span className="text-lg font-bold">{t('portalName')}</span>
          <span className="text-sm text-muted">{t('portalSubtitle')}</span>
        </a>
        <div className="flex flex-wrap items-center gap-4">
          <LanguageSwitch action={setLocale} locale={locale as Locale} label={t('languageSwitch')} />
          <AccountArea
            labels={{
              signIn: t('signIn'),
              signOut: t('signOut'),
              signedInAs: t('signedInAs'),
              account: t('account'),
              // `{count}` is filled in the browser: the number may arrive there (/api/me).
              notificationsUnread: t('notificationsUnread', { count: '{count}' }),
              notificationsNoneUnread: t('notificationsNoneUnread'),
            }}
            idleLabels={{
              title: tSession('idle.title'),
              // `{time}` is filled in the browser, when the dialog opens.
              text: tSession('idle.text', { time: '{time}' }),
              stay: tSession('idle.stay'),
              signOut: tSession('idle.signOut'),
            }}
          />
        </div>
      </div>
      <MainNav
        label={t('mainNavigation')}
        labels={{
          standards: t('nav.standards'),
          projects: t('nav.projects'),
          organisation: t('nav.organisation'),
          review: t('nav.review'),
          dashboard: t('nav.dashboard'),
          admin: t('nav.admin'),
        }}
      />
    </header>
  );
}
