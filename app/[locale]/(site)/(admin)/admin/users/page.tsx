import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { listStaffInvitations } from '@/lib/users/list-staff-invitations';
import { listUsers } from '@/lib/users/list-users';
import { PageHeader } from '@/components/ui/page-header';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ActionStatus } from '@/components/ui/action-status';
import { InviteStaffForm } from '@/components/users/invite-staff-form';
import { StaffInvitations } from '@/components/users/staff-invitations';
import { UserFilters } from '@/components/users/user-filters';
import { UserTable } from '@/components/users/user-table';
import { inviteStaffAction, revokeStaffInvitationAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('adminUsers');
  return { title: t('title') };
}

/**
 * „Nutzerinnen und Nutzer“ (administrators): every account, searched, filtered and paged through
 * the URL; open staff invitations; inviting a funding officer or administrator.
 */
export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission('users:manage');
  const [t, query] = await Promise.all([getTranslations('adminUsers'), searchParams]);
  const [list, invitations] = await Promise.all([listUsers({ actor, query }), listStaffInvitations({ actor })]);
  return (
    <ClientMessages namespaces={['adminUsers', 'roles']}>
      <PageHeader title={t('title')}>
        <p className="max-w-3xl">{t('intro')}</p>
        <p className="mt-2">
          <a href="#invite-heading" className="text-brand-800 underline">
            {t('invite.heading')}
          </a>
        </p>
      </PageHeader>

      <UserFilters query={list.filters} />
      {list.total === 0 ? (
        <div className="rounded border border-gray-300 bg-brand-50 p-6">
          <p className="font-semibold">{t('empty')}</p>
        </div>
      ) : (
        <UserTable list={list} actorId={actor.id} />
      )}

      <section aria-labelledby="staff-invitations-heading" className="mt-10">
        <h2 id="staff-invitations-heading" className="mb-4 text-2xl font-bold text-brand-900">
          {t('invitations.heading')}
        </h2>
        <ActionStatus>
          <StaffInvitations invitations={invitations} revoke={revokeStaffInvitationAction} />
        </ActionStatus>
      </section>

      <section aria-labelledby="invite-heading" className="mt-10">
        <h2 id="invite-heading" className="mb-2 text-2xl font-bold text-brand-900">
          {t('invite.heading')}
        </h2>
        <p className="mb-4 max-w-2xl">{t('invite.intro')}</p>
        <InviteStaffForm action={inviteStaffAction} />
      </section>
    </ClientMessages>
  );
}
