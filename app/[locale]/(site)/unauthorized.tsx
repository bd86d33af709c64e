import { getTranslations } from 'next-intl/server';
import { LoginForm } from '@/components/auth/login-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SessionEnded } from '@/components/shell/session-context';

/**
 * 401 from a guard (lib/auth/guards.ts): the session is gone (signed out elsewhere, expired,
 * account disabled). The sign-in form appears in place of the page, whose URL stays; after
 * signing in the page loads again.
 */
export default async function Unauthorized() {
  const t = await getTranslations('auth');
  return (
    <ClientMessages namespaces={['auth']}>
      <SessionEnded />
      <h1 className="mb-2 text-3xl font-bold text-brand-900">{t('unauthorizedTitle')}</h1>
      <p className="mb-6">{t('unauthorizedText')}</p>
      <LoginForm returnHere />
    </ClientMessages>
  );
}
