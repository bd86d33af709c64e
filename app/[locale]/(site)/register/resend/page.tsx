import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ResendForm } from '@/components/registration/resend-form';
import { resend } from './actions';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('register.resend');
  return { title: t('title') };
}

/** Public: a new confirmation link by e-mail address. */
export default async function ResendPage() {
  const t = await getTranslations('register.resend');
  return (
    <ClientMessages namespaces={['register']}>
      <h1 className="mb-2 text-3xl font-bold text-brand-900">{t('title')}</h1>
      <p className="mb-6 max-w-2xl">{t('intro')}</p>
      <ResendForm action={resend} />
    </ClientMessages>
  );
}
