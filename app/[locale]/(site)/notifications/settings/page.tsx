import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { getMailPreferences } from '@/lib/notifications/get-mail-preferences';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PageHeader } from '@/components/ui/page-header';
import { MailPreferencesForm } from '@/components/notifications/mail-preferences-form';
import { saveMailPreferences } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notifications');
  return { title: t('settings.title') };
}

/** E-Mail-Einstellungen: which notifications also arrive by e-mail (any role). */
export default async function NotificationSettingsPage() {
  const actor = await requirePermission('notifications:read');
  const [t, preferences] = await Promise.all([getTranslations('notifications'), getMailPreferences({ actor })]);
  return (
    <>
      <PageHeader title={t('settings.title')}>
        <p>{t('settings.intro')}</p>
      </PageHeader>
      {preferences.length === 0 ? (
        <p className="mb-6">{t('settings.none')}</p>
      ) : (
        <ClientMessages namespaces={['notifications']}>
          <MailPreferencesForm preferences={preferences} action={saveMailPreferences} />
        </ClientMessages>
      )}
      <p className="mt-6">
        <Link href="/notifications" className="underline">
          {t('settings.back')}
        </Link>
      </p>
    </>
  );
}
