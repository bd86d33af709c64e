import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { RegisterForm } from '@/components/registration/register-form';
import { getCurrentUser } from '@/lib/auth/current-user';
import { ROLE_HOME } from '@/lib/auth/permissions';
import { getInvitation } from '@/lib/registration/get-invitation';
import { StaffInvitationForm } from '@/components/registration/staff-invitation-form';
import { acceptInvitation, register } from './actions';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('register');
  return { title: t('title') };
}

/**
 * Public: self-registration of an applicant, with a new organisation or an applicant's invitation;
 * with an administrator's invitation, setting up the staff account (name and password).
 */
export default async function RegisterPage({ searchParams }: { searchParams: Promise<{ invitation?: string | string[] }> }) {
  const [t, user, params] = await Promise.all([getTranslations('register'), getCurrentUser(), searchParams]);
  if (user) redirect(ROLE_HOME[user.role]);
  const token = typeof params.invitation === 'string' ? params.invitation : undefined;
  const invitation = token === undefined ? null : await getInvitation({ token });

  if (invitation && invitation.status !== 'valid') {
    return (
      <>
        <h1 className="mb-4 text-3xl font-bold text-brand-900">{t('invitation.invalidTitle')}</h1>
        <p className="mb-6 max-w-2xl" data-testid="invitation-problem">
          {t(`invitation.${invitation.status}`)}
        </p>
        <ul className="space-y-2">
          <li>
            <Link href="/login" className="underline">
              {t('signIn')}
            </Link>
          </li>
          <li>
            <Link href="/register" className="underline">
              {t('invitation.registerNew')}
            </Link>
          </li>
        </ul>
      </>
    );
  }

  if (invitation && token && invitation.role !== 'APPLICANT') {
    // An administrator's invitation to a staff account: name and password, then sign in.
    const tr = await getTranslations('roles');
    return (
      <ClientMessages namespaces={['register']}>
        <h1 className="mb-2 text-3xl font-bold text-brand-900">{t('staff.title')}</h1>
        <p className="mb-6 max-w-2xl">{t('staff.intro', { role: tr(invitation.role) })}</p>
        <StaffInvitationForm action={acceptInvitation} invitation={{ token, email: invitation.email }} />
      </ClientMessages>
    );
  }

  const joining = invitation?.role === 'APPLICANT' && token ? { token, organisationName: invitation.organisationName, email: invitation.email } : undefined;
  return (
    <ClientMessages namespaces={['register']}>
      <h1 className="mb-2 text-3xl font-bold text-brand-900">{t('title')}</h1>
      <p className="mb-6 max-w-2xl">{joining ? t('introInvitation', { organisation: joining.organisationName }) : t('intro')}</p>
      <RegisterForm action={register} invitation={joining} />
      <p className="mt-8">
        {t('haveAccount')}{' '}
        <Link href="/login" className="underline">
          {t('signIn')}
        </Link>
      </p>
    </ClientMessages>
  );
}
