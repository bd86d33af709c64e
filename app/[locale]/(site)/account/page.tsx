import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { getAccount } from '@/lib/users/get-account';
import { PageHeader } from '@/components/ui/page-header';
import { buttonClass } from '@/components/ui/button-classes';
import { DetailList } from '@/components/privacy/detail-list';
import { TwoFactorSection } from '@/components/account/two-factor-section';
import { getTwoFactorStatus } from '@/lib/two-factor/get-two-factor-status';
import { AccountSettings } from '@/components/account/account-settings';
import { changeLocaleAction, changeNameAction, changePasswordAction, requestEmailChangeAction, signOutEverywhereAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account');
  return { title: t('title') };
}

/**
 * „Mein Konto“ (every role): the account's details, its changes (components/account/account-settings.tsx:
 * name, e-mail, password, language, „Überall abmelden“) and „Meine Daten herunterladen“ (Art. 15 DSGVO).
 */
export default async function AccountPage() {
  const actor = await requirePermission('account:read');
  const [t, tRoles, account] = await Promise.all([getTranslations('account'), getTranslations('roles'), getAccount({ actor })]);
  const [tTwoFactor, twoFactor] = await Promise.all([getTranslations('twoFactor'), getTwoFactorStatus({ actor })]);
  return (
    <>
      <PageHeader title={t('title')}>
        <p>{t('intro')}</p>
      </PageHeader>
      <section aria-labelledby="account-heading" className="mb-10">
        <h2 id="account-heading" className="mb-4 text-2xl font-bold text-brand-900">
          {t('detailsHeading')}
        </h2>
        <DetailList
          testId="account-details"
          items={[
            { label: t('name'), value: account.name },
            { label: t('email'), value: account.email },
            { label: t('role'), value: tRoles(account.role) },
            { label: t('organisation'), value: account.organisationName ?? t('noOrganisation') },
          ]}
        />
        <p className="mt-4">
          <Link href="/notifications/settings" className="underline">
            {t('notificationSettings')}
          </Link>
        </p>
      </section>
      <TwoFactorSection
        enabled={twoFactor.enabled}
        texts={{
          heading: tTwoFactor('sectionHeading'),
          on: tTwoFactor('sectionOn'),
          off: tTwoFactor('sectionOff'),
          manage: tTwoFactor('sectionManage'),
          enable: tTwoFactor('sectionEnable'),
        }}
      />
      <AccountSettings
        account={account}
        actions={{
          changeName: changeNameAction,
          requestEmailChange: requestEmailChangeAction,
          changePassword: changePasswordAction,
          changeLocale: changeLocaleAction,
          signOutEverywhere: signOutEverywhereAction,
        }}
      />
      <section aria-labelledby="data-heading" className="max-w-3xl">
        <h2 id="data-heading" className="mb-4 text-2xl font-bold text-brand-900">
          {t('dataHeading')}
        </h2>
        <p className="mb-4">{t('dataText')}</p>
        {/* A plain download link: the route answers with an attachment (app/api/users/[userId]/personal-data). */}
        <a href={`/api/users/${account.id}/personal-data`} download className={buttonClass('primary')}>
          {t('download')}
        </a>
        <p className="mt-6 text-muted">{t('erasureText')}</p>
      </section>
    </>
  );
}
