import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ForgotPasswordForm } from '@/components/password/forgot-password-form';
import { requestPasswordResetAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('passwordForgot');
  return { title: t('title') };
}

/** Public: „Passwort vergessen?“ — a reset link by e-mail address, the same answer for every address. */
export default async function ForgotPasswordPage() {
  const t = await getTranslations('passwordForgot');
  return (
    <ClientMessages namespaces={['passwordForgot']}>
      <h1 className="mb-2 text-3xl font-bold text-brand-900">{t('title')}</h1>
      <p className="mb-6 max-w-2xl">{t('intro')}</p>
      <ForgotPasswordForm action={requestPasswordResetAction} />
    </ClientMessages>
  );
}
