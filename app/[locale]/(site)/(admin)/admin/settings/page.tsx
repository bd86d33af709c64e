import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { getSettings } from '@/lib/settings/get-settings';
import { listLegalTextStates } from '@/lib/legal/list-legal-text-states';
import { PageHeader } from '@/components/ui/page-header';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SettingsForm } from '@/components/settings/settings-form';
import { saveSettings } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('settings');
  return { title: t('title') };
}

/** „Einstellungen“ (administrators): the portal's settings (lib/settings/setting-definitions.ts). */
export default async function SettingsPage() {
  await requirePermission('settings:manage');
  const [t, tLegal, format, settings, legalTexts] = await Promise.all([
    getTranslations('settings'),
    getTranslations('legal'),
    getFormatter(),
    getSettings(),
    listLegalTextStates(),
  ]);
  return (
    <ClientMessages namespaces={['settings']}>
      <PageHeader title={t('title')}>
        <p>{t('intro')}</p>
      </PageHeader>
      <SettingsForm
        action={saveSettings}
        initial={{
          reviewFourEyes: settings['review.fourEyes'],
          reviewHighlightDays: settings['review.highlightDays'],
          mailContactAddress: settings['mail.contactAddress'],
          retentionUnconfirmedAccountDays: settings['retention.unconfirmedAccountDays'],
          retentionTokenDays: settings['retention.tokenDays'],
          retentionLoginAttemptDays: settings['retention.loginAttemptDays'],
          retentionRateLimitDays: settings['retention.rateLimitDays'],
          retentionMailBodyDays: settings['retention.mailBodyDays'],
          evidenceQuotaMegabytes: settings['evidence.quotaMegabytes'],
          evidenceQuotaFiles: settings['evidence.quotaFiles'],
        }}
      />
      <section aria-labelledby="legal-texts-heading" className="mt-12 max-w-2xl">
        <h2 id="legal-texts-heading" className="mb-2 text-2xl font-bold text-brand-900">
          {tLegal('adminHeading')}
        </h2>
        <p className="mb-4">{tLegal('adminIntro')}</p>
        <ul className="divide-y divide-gray-200 rounded border border-gray-300 bg-white">
          {legalTexts.map(({ page, state, updatedAt }) => (
            <li key={page} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 p-4">
              <Link href={`/admin/settings/legal/${page}`} className="font-semibold text-brand-800 underline">
                {tLegal('edit', { page: tLegal(`pages.${page}`) })}
              </Link>
              <span className="text-sm text-muted">
                {state === 'edited' && updatedAt
                  ? tLegal('state.edited', { date: format.dateTime(updatedAt, { dateStyle: 'medium', timeStyle: 'short' }) })
                  : tLegal(`state.${state}`)}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </ClientMessages>
  );
}
