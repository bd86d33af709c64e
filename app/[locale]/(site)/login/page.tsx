import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LoginForm } from '@/components/auth/login-form';
import { getCurrentUser } from '@/lib/auth/current-user';
import { ROLE_HOME } from '@/lib/auth/permissions';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth');
  return { title: t('title') };
}

/** Why a session ended, when the browser was sent here for it (ADR 022): the idle timeout or „Überall abmelden“. */
const ENDED_REASONS = ['idle', 'everywhere'] as const;

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[]; reason?: string | string[] }> }) {
  const [t, tRegister, tSession, tForgot, user, params] = await Promise.all([
    getTranslations('auth'),
    getTranslations('register'),
    getTranslations('session'),
    getTranslations('passwordForgot'),
    getCurrentUser(),
    searchParams,
  ]);
  if (user) redirect(ROLE_HOME[user.role]);
  const callbackUrl = typeof params.callbackUrl === 'string' ? params.callbackUrl : undefined;
  const reason = ENDED_REASONS.find((candidate) => candidate === params.reason);
  return (
    <ClientMessages namespaces={['auth']}>
      <h1 className="mb-2 text-3xl font-bold text-brand-900">{t('title')}</h1>
      {reason && (
        <p role="status" className="mb-4 max-w-2xl rounded border-l-4 border-brand-700 bg-brand-50 p-4" data-testid="session-ended">
          {tSession(`ended.${reason}`)}
        </p>
      )}
      <p className="mb-6">{t('intro')}</p>
      <LoginForm callbackUrl={callbackUrl} />
      <p className="mt-4">
        <Link href="/password/forgot" className="underline">
          {tForgot('link')}
        </Link>
      </p>
      <p className="mt-8">
        {tRegister('noAccount')}{' '}
        <Link href="/register" className="underline">
          {tRegister('registerLink')}
        </Link>
      </p>
    </ClientMessages>
  );
}
