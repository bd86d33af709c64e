import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ResendForm } from '@/components/registration/resend-form';
import { ConfirmEmailForm } from '@/components/registration/confirm-email-form';
import { resend } from '../resend/actions';
import { confirmEmailAction } from './actions';
import { getEmailConfirmation } from '@/lib/registration/get-email-confirmation';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('register.confirm');
  // The token is in this page's URL: no Referer carries it to another site.
  return { title: t('title'), referrer: 'no-referrer' };
}

/**
 * Public: the link from the confirmation mail. Opening it changes nothing (mail scanners open
 * links, ADR 024): the page shows the registration and the button that confirms it (a Server
 * Action bound to the token); an unusable link says why and offers a new one.
 */
export default async function ConfirmPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const [t, params] = await Promise.all([getTranslations('register'), searchParams]);
  const token = typeof params.token === 'string' ? params.token : '';
  const confirmation = await getEmailConfirmation({ token });

  if (confirmation.status === 'valid') {
    const { email, name, organisationName } = confirmation;
    return (
      <ClientMessages namespaces={['register']}>
        <ConfirmEmailForm registration={{ email, name, organisationName }} action={confirmEmailAction.bind(null, token)} />
      </ClientMessages>
    );
  }
  return (
    <ClientMessages namespaces={['register']}>
      <h1 className="mb-4 text-3xl font-bold text-brand-900">{t('confirm.failedTitle')}</h1>
      <p className="mb-4 max-w-2xl" data-testid="confirm-problem">
        {t(`confirm.${confirmation.status}`)}
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
