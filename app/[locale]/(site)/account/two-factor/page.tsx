import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { ROLE_HOME } from '@/lib/auth/permissions';
import { getTwoFactorSetup } from '@/lib/two-factor/get-two-factor-setup';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PageHeader } from '@/components/ui/page-header';
import { AccountHolderForm } from '@/components/two-factor/account-holder-form';
import { QrCode } from '@/components/two-factor/qr-code';
import { TwoFactorSetupForm } from '@/components/two-factor/two-factor-setup-form';
import { confirmTwoFactorSetupAction, disableTwoFactorAction, regenerateRecoveryCodesAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('twoFactor');
  return { title: t('title') };
}

/**
 * Two-factor sign-in (every role; ADR 023): the set-up (QR code and key, confirmation with a
 * code, then the recovery codes once) or, when it is on, new recovery codes and — for
 * applicants — switching it off. Funding officers and administrators without it are held here by
 * every guard until the set-up is done.
 */
export default async function TwoFactorPage() {
  const actor = await requirePermission('account:read', { duringTwoFactorSetup: true });
  const [t, format, state] = await Promise.all([getTranslations('twoFactor'), getFormatter(), getTwoFactorSetup({ actor })]);
  const h2 = 'mb-3 text-2xl font-bold text-brand-900';

  if (!state.enabled) {
    // The key in groups of four, as apps show it; typed with or without the spaces.
    const groupedSecret = state.secret.match(/.{1,4}/g)!.join(' ');
    return (
      <ClientMessages namespaces={['twoFactor']}>
        <PageHeader title={t('setupTitle')}>
          {state.required ? (
            <p className="max-w-3xl rounded border-l-4 border-brand-700 bg-brand-50 p-3" data-testid="two-factor-required">
              {t('requiredNotice')}
            </p>
          ) : (
            <p className="max-w-3xl">{t('optionalIntro')}</p>
          )}
        </PageHeader>
        <TwoFactorSetupForm
          action={confirmTwoFactorSetupAction}
          doneHref={state.required ? ROLE_HOME[actor.role] : '/account'}
          doneLabel={state.required ? t('done') : t('doneAccount')}
        >
          <section aria-labelledby="scan-heading" className="mb-8">
            <h2 id="scan-heading" className={h2}>
              {t('step1Heading')}
            </h2>
            <p className="mb-4 max-w-3xl">{t('step1Text')}</p>
            <QrCode size={state.qr.size} path={state.qr.path} label={t('qrLabel')} />
            <h3 className="mt-6 mb-2 text-lg font-bold">{t('manualHeading')}</h3>
            <p className="mb-2 max-w-3xl">{t('manualText')}</p>
            <p>
              <span className="sr-only">{t('secretLabel')}: </span>
              <code className="inline-block rounded bg-gray-100 px-3 py-2 font-mono text-lg break-all select-all" data-testid="totp-secret">
                {groupedSecret}
              </code>
            </p>
          </section>
          <h2 id="confirm-heading" className={h2}>
            {t('step2Heading')}
          </h2>
          <p className="mb-4 max-w-3xl">{t('step2Text')}</p>
        </TwoFactorSetupForm>
      </ClientMessages>
    );
  }

  return (
    <ClientMessages namespaces={['twoFactor']}>
      <p className="mb-4">
        <Link href="/account" className="text-brand-800 underline">
          ← {t('backToAccount')}
        </Link>
      </p>
      <PageHeader title={t('title')}>
        <p className="max-w-3xl" data-testid="two-factor-state">
          {t('enabledText', { date: format.dateTime(state.enabledAt, { dateStyle: 'medium' }) })}
        </p>
        {state.required && <p className="mt-2 max-w-3xl">{t('enabledRequired')}</p>}
        <p className="mt-2 max-w-3xl">{t('recoveryLeft', { count: state.recoveryCodesLeft })}</p>
      </PageHeader>
      <section aria-labelledby="regenerate-heading" className="mb-10">
        <h2 id="regenerate-heading" className={h2}>
          {t('regenerateHeading')}
        </h2>
        <p className="mb-4 max-w-3xl">{t('regenerateText')}</p>
        <AccountHolderForm id="regenerate" submitLabel={t('regenerate')} pendingLabel={t('regenerating')} action={regenerateRecoveryCodesAction} />
      </section>
      {!state.required && (
        <section aria-labelledby="disable-heading" className="mb-10">
          <h2 id="disable-heading" className={h2}>
            {t('disableHeading')}
          </h2>
          <p className="mb-4 max-w-3xl">{t('disableText')}</p>
          <AccountHolderForm id="disable" submitLabel={t('disable')} pendingLabel={t('disabling')} action={disableTwoFactorAction} variant="danger" leaveTo="/account" />
        </section>
      )}
    </ClientMessages>
  );
}
