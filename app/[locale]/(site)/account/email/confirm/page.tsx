import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getEmailChange } from '@/lib/users/get-email-change';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ConfirmEmailChangeForm } from '@/components/account/confirm-email-change-form';
import { confirmEmailChangeAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('emailChange');
  // The token is in this page's URL: no Referer carries it to another site.
  return { title: t('title'), referrer: 'no-referrer' };
}

/**
 * Public: the link from the mail to a new address (lib/users/request-email-change.ts). Opening it
 * changes nothing — mail scanners open links too; the button posts the confirmation (bound to the token).
 */
export default async function ConfirmEmailChangePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const [t, params] = await Promise.all([getTranslations('emailChange'), searchParams]);
  const token = typeof params.token === 'string' ? params.token : '';
  const change = await getEmailChange({ token });

  if (change.status !== 'valid') {
    return (
      <>
        <h1 className="mb-4 text-3xl font-bold text-brand-900">{t('invalidTitle')}</h1>
        <p className="mb-6 max-w-2xl" data-testid="email-change-problem">
          {t(change.status)}
        </p>
        <Link href="/account" className="underline">
          {t('toAccount')}
        </Link>
      </>
    );
  }
  return (
    <ClientMessages namespaces={['emailChange']}>
      <h1 className="mb-2 text-3xl font-bold text-brand-900">{t('title')}</h1>
      <p className="mb-6 max-w-2xl break-words">{t('intro', { email: change.newEmail })}</p>
      <ConfirmEmailChangeForm action={confirmEmailChangeAction.bind(null, token)} />
    </ClientMessages>
  );
}
