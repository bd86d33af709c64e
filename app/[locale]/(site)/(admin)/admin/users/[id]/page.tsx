import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { parseId } from '@/lib/forms/action-args';
import { orNotFound } from '@/lib/forms/or-not-found';
import { PASSWORD_RESET_TTL_HOURS } from '@/lib/registration/constants';
import { getUserDetail } from '@/lib/users/get-user-detail';
import { PageHeader } from '@/components/ui/page-header';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ActionStatus } from '@/components/ui/action-status';
import { ConfirmActionButton } from '@/components/ui/confirm-action-button';
import { ResetLinkButton } from '@/components/users/reset-link-button';
import { RoleForm } from '@/components/users/role-form';
import { UserStateBadge } from '@/components/users/user-state-badge';
import { TwoFactorResetSection } from '@/components/users/two-factor-reset-section';
import { changeRoleAction, resetTwoFactorAction, sendResetLinkAction, setDisabledAction } from './actions';
import { isLocale } from '@/lib/i18n/config';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('adminUsers');
  return { title: `${t('detail.heading')} – ${t('title')}` };
}

/** One account (administrators): its details, role, access (disable / enable) and a password-reset link. */
export default async function UserPage({ params }: Params) {
  const actor = await requirePermission('users:manage');
  const { id } = await params;
  const [t, tr, format, user] = await Promise.all([
    getTranslations('adminUsers'),
    getTranslations('roles'),
    getFormatter(),
    orNotFound((async () => getUserDetail({ actor, userId: parseId(id, 'User') }))()),
  ]);
  const staff = user.role !== 'APPLICANT';
  const disabled = user.state === 'disabled';
  const h2 = 'mb-3 text-2xl font-bold text-brand-900';
  return (
    <ClientMessages namespaces={['adminUsers', 'roles']}>
      <p className="mb-4">
        <Link href="/admin/users" className="text-brand-800 underline">
          ← {t('detail.back')}
        </Link>
      </p>
      <PageHeader title={user.name}>
        <p className="break-words text-muted">{user.email}</p>
      </PageHeader>

      <section aria-labelledby="account-heading" className="mb-10">
        <h2 id="account-heading" className={h2}>
          {t('detail.heading')}
        </h2>
        <dl className="grid max-w-2xl gap-x-6 gap-y-2 sm:grid-cols-[fit-content(40%)_minmax(0,1fr)] [&_dd]:[overflow-wrap:anywhere]">
          <dt className="font-semibold">{t('detail.role')}</dt>
          <dd>{tr(user.role)}</dd>
          <dt className="font-semibold">{t('detail.state')}</dt>
          <dd>
            <UserStateBadge state={user.state} label={t(`states.${user.state}`)} />
          </dd>
          <dt className="font-semibold">{t('detail.organisation')}</dt>
          <dd className="break-words">
            {user.organisation ? (
              <Link href={`/admin/organisations/${user.organisation.id}`} className="text-brand-800 underline">
                {user.organisation.name}
              </Link>
            ) : (
              t('detail.noOrganisation')
            )}
          </dd>
          <dt className="font-semibold">{t('detail.locale')}</dt>
          <dd>{isLocale(user.locale) ? t(`detail.locales.${user.locale}`) : t('detail.localeUnknown')}</dd>
          <dt className="font-semibold">{t('detail.createdAt')}</dt>
          <dd>
            <time dateTime={user.createdAt.toISOString()}>{format.dateTime(user.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
          </dd>
        </dl>
        {user.self && (
          <p className="mt-4 max-w-2xl rounded border-l-4 border-brand-700 bg-brand-50 p-3" data-testid="own-account">
            {t('detail.self')}
          </p>
        )}
      </section>

      {!user.self && (
        <section aria-labelledby="role-heading" className="mb-10">
          <h2 id="role-heading" className={h2}>
            {t('role.heading')}
          </h2>
          {staff ? (
            <RoleForm role={user.role as 'OFFICER' | 'ADMIN'} action={changeRoleAction.bind(null, user.id)} />
          ) : (
            <p className="max-w-2xl">{t('role.applicantNote')}</p>
          )}
        </section>
      )}

      {!user.self && (
        <section aria-labelledby="access-heading" className="mb-10">
          <h2 id="access-heading" className={h2}>
            {t('access.heading')}
          </h2>
          <ActionStatus>
            <p className="mb-3 max-w-2xl">
              {disabled ? t('access.disabledText') : user.state === 'unconfirmed' ? t('access.unconfirmedText') : t('access.activeText')}
            </p>
            {disabled ? (
              <ConfirmActionButton
                label={t('access.enable')}
                title={t('access.enableTitle')}
                text={t('access.enableText', { name: user.name })}
                confirmLabel={t('access.enable')}
                cancelLabel={t('access.cancel')}
                namespace="adminUsers"
                action={setDisabledAction.bind(null, user.id, { disabled: false })}
                done={t('access.enabled')}
                variant="primary"
                size="sm"
                danger={false}
              />
            ) : (
              <ConfirmActionButton
                label={t('access.disable')}
                title={t('access.disableTitle')}
                text={t('access.disableText', { name: user.name })}
                confirmLabel={t('access.disable')}
                cancelLabel={t('access.cancel')}
                namespace="adminUsers"
                action={setDisabledAction.bind(null, user.id, { disabled: true })}
                done={t('access.disabled')}
                size="sm"
              />
            )}
          </ActionStatus>
        </section>
      )}

      {!disabled && (
        <section aria-labelledby="reset-heading" className="mb-10">
          <h2 id="reset-heading" className={h2}>
            {t('reset.heading')}
          </h2>
          <p className="mb-3 max-w-2xl">{t('reset.text', { hours: PASSWORD_RESET_TTL_HOURS })}</p>
          <ResetLinkButton action={sendResetLinkAction.bind(null, user.id)} />
        </section>
      )}

      {!user.self && <TwoFactorResetSection user={user} action={resetTwoFactorAction.bind(null, user.id)} />}
    </ClientMessages>
  );
}
