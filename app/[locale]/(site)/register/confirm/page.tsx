import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ResendForm } from '@/components/registration/resend-form';
import { resend } from '../resend/actions';
import { confirmEmail } from '@/lib/registration/confirm-email';
import { BUTTON_PRIMARY } from '@/components/ui/button-classes';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('register.confirm');
  return { title: t('title') };
}

/** Public: the link from the confirmation mail. */
export default async function ConfirmPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const [t, params] = await Promise.all([getTranslations('register'), searchParams]);
  const token = typeof params.token === 'string' ? params.token : '';
  const result = await confirmEmail({ token });

  if (result === 'confirmed') {
    return (
      <>
        <h1 className="mb-4 text-3xl font-bold text-brand-900">{t('confirm.successTitle')}</h1>
        <p className="mb-6 max-w-2xl">{t('confirm.successText')}</p>
        <Link href="/login" className={BUTTON_PRIMARY}>
          {t('confirm.signIn')}
        </Link>
      </>
    );
  }
  return (
    <ClientMessages namespaces={['register']}>
      <h1 className="mb-4 text-3xl font-bold text-brand-900">{t('confirm.failedTitle')}</h1>
      <p className="mb-4 max-w-2xl" data-testid="confirm-problem">
        {t(`confirm.${result}`)}
      </p>
      <p className="mb-8">
        <Link href="/login" className="underline">
          {t('confirm.signIn')}
        </Link>
      </p>
      <h2 className="mb-2 text-2xl font-bold text-brand-900">{t('resend.title')}</h2>
      <p className="mb-4 max-w-2xl">{t('resend.intro')}</p>
      <ResendForm action={resend} />
    </ClientMessages>
  );
}
