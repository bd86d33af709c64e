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

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const [t, tRegister, user, params] = await Promise.all([getTranslations('auth'), getTranslations('register'), getCurrentUser(), searchParams]);
  if (user) redirect(ROLE_HOME[user.role]);
  const callbackUrl = typeof params.callbackUrl === 'string' ? params.callbackUrl : undefined;
  return (
    <ClientMessages namespaces={['auth']}>
      <h1 className="mb-2 text-3xl font-bold text-brand-900">{t('title')}</h1>
      <p className="mb-6">{t('intro')}</p>
      <LoginForm callbackUrl={callbackUrl} />
      <p className="mt-8">
        {tRegister('noAccount')}{' '}
        <Link href="/register" className="underline">
          {tRegister('registerLink')}
        </Link>
      </p>
    </ClientMessages>
  );
}
