import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { getSettings } from '@/lib/settings/get-settings';
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
  const [t, settings] = await Promise.all([getTranslations('settings'), getSettings()]);
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
          retentionUnconfirmedAccountDays: settings['retention.unconfirmedAccountDays'],
          retentionTokenDays: settings['retention.tokenDays'],
          retentionLoginAttemptDays: settings['retention.loginAttemptDays'],
          retentionRateLimitDays: settings['retention.rateLimitDays'],
          retentionMailBodyDays: settings['retention.mailBodyDays'],
        }}
      />
    </ClientMessages>
  );
}
