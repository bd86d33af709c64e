import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PASSWORD_RESET_TTL_HOURS } from '@/lib/registration/constants';
import { getPasswordReset } from '@/lib/users/get-password-reset';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ResetPasswordForm } from '@/components/password/reset-password-form';
import { resetPasswordAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('passwordReset');
  // The token is in this page's URL: no Referer carries it to another site.
  return { title: t('title'), referrer: 'no-referrer' };
}

/**
 * Public: the link from a password-reset mail (lib/users/issue-password-reset.ts). Showing the page
 * never uses the token up; the form posts the new password (Server Action, bound to the token).
 */
export default async function PasswordResetPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const [t, params] = await Promise.all([getTranslations('passwordReset'), searchParams]);
  const token = typeof params.token === 'string' ? params.token : '';
  const reset = await getPasswordReset({ token });

  if (reset.status !== 'valid') {
    return (
      <>
        <h1 className="mb-4 text-3xl font-bold text-brand-900">{t('invalidTitle')}</h1>
        <p className="mb-6 max-w-2xl" data-testid="reset-problem">
          {reset.status === 'expired' ? t('expired', { hours: PASSWORD_RESET_TTL_HOURS }) : t(reset.status)}
        </p>
        <Link href="/login" className="underline">
          {t('signIn')}
        </Link>
      </>
    );
  }
  return (
    <ClientMessages namespaces={['passwordReset']}>
      <h1 className="mb-2 text-3xl font-bold text-brand-900">{t('title')}</h1>
      <p className="mb-6 max-w-2xl break-words">{t('intro', { email: reset.email })}</p>
      <ResetPasswordForm email={reset.email} action={resetPasswordAction.bind(null, token)} />
    </ClientMessages>
  );
}
