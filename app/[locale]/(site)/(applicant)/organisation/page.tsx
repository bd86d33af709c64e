import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { getOrganisationOverview } from '@/lib/organisations/get-organisation-overview';
import { PageHeader } from '@/components/ui/page-header';
import { OrganisationForm } from '@/components/organisation/organisation-form';
import { InviteForm } from '@/components/organisation/invite-form';
import { ActionStatus } from '@/components/ui/action-status';
import { ConfirmActionButton } from '@/components/ui/confirm-action-button';
import { invite, removeColleagueAction, revokeInvitationAction, saveOrganisation } from './actions';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('organisation');
  return { title: t('title') };
}

/**
 * Applicants: their organisation's details, its applicants (removing one, or leaving), pending
 * invitations (revoking one), inviting a colleague.
 */
export default async function OrganisationPage() {
  const actor = await requirePermission('organisation:manage');
  const [t, format, overview] = await Promise.all([getTranslations('organisation'), getFormatter(), getOrganisationOverview({ actor })]);
  const { organisation, members, invitations } = overview;
  return (
    <ClientMessages namespaces={['organisation']}>
      <PageHeader title={t('title')}>
        <p>{t('intro')}</p>
      </PageHeader>

      <section aria-labelledby="details-heading" className="mb-10">
        <h2 id="details-heading" className="mb-4 text-2xl font-bold text-brand-900">
          {t('detailsHeading')}
        </h2>
        <OrganisationForm
          action={saveOrganisation}
          initial={{
            name: organisation.name,
            legalForm: organisation.legalForm ?? '',
            street: organisation.street ?? '',
            postalCode: organisation.postalCode ?? '',
            city: organisation.city ?? '',
          }}
          version={organisation.updatedAt.toISOString()}
        />
      </section>

      <section aria-labelledby="members-heading" className="mb-10">
        <h2 id="members-heading" className="mb-4 text-2xl font-bold text-brand-900">
          {t('membersHeading')}
        </h2>
        <ActionStatus>
          <div role="region" aria-labelledby="members-heading" tabIndex={0} className="max-w-4xl overflow-x-auto focus-visible:outline-2">
            <table className="w-full border-collapse text-left" data-testid="members">
              <caption className="sr-only">{t('membersCaption')}</caption>
              <thead>
                <tr className="border-b-2 border-brand-700">
                  <th scope="col" className="py-2 pr-4">{t('memberName')}</th>
                  <th scope="col" className="py-2 pr-4">{t('memberEmail')}</th>
                  <th scope="col" className="py-2 pr-4">{t('memberStatus')}</th>
                  <th scope="col" className="py-2">{t('memberActions')}</th>
                </tr>
              </thead>
              <tbody>
                {members.map((member) => {
                  const self = member.id === actor.id;
                  return (
                    <tr key={member.id} className="border-b border-gray-300 align-top">
                      <th scope="row" className="min-w-32 py-2 pr-4 font-normal">
                        {member.name} {self && <span className="text-muted">{t('you')}</span>}
                      </th>
                      <td className="min-w-40 py-2 pr-4 break-all">{member.email}</td>
                      <td className="min-w-32 py-2 pr-4">{member.disabled ? t('disabled') : member.confirmed ? t('confirmed') : t('unconfirmed')}</td>
                      <td className="py-2">
                        {!member.disabled && (
                          <ConfirmActionButton
                            label={self ? t('leave') : t('remove')}
                            accessibleLabel={self ? t('leaveLabel') : t('removeLabel', { name: member.name })}
                            title={self ? t('leaveTitle') : t('removeTitle', { name: member.name })}
                            text={self ? t('leaveText') : t('removeText', { name: member.name })}
                            confirmLabel={self ? t('leave') : t('remove')}
                            cancelLabel={t('cancel')}
                            namespace="organisation"
                            action={removeColleagueAction.bind(null, member.id)}
                            done={t('removed', { name: member.name })}
                            leaveTo={self ? '/' : undefined}
                          />
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </ActionStatus>
      </section>

      <section aria-labelledby="invitations-heading" className="mb-10">
        <h2 id="invitations-heading" className="mb-4 text-2xl font-bold text-brand-900">
          {t('invitationsHeading')}
        </h2>
        <ActionStatus>
          {invitations.length === 0 ? (
            <p>{t('noInvitations')}</p>
          ) : (
            <div role="region" aria-labelledby="invitations-heading" tabIndex={0} className="max-w-4xl overflow-x-auto focus-visible:outline-2">
              <table className="w-full border-collapse text-left" data-testid="invitations">
                <caption className="sr-only">{t('invitationsCaption')}</caption>
                <thead>
                  <tr className="border-b-2 border-brand-700">
                    <th scope="col" className="py-2 pr-4">{t('invitationEmail')}</th>
                    <th scope="col" className="py-2 pr-4">{t('invitedBy')}</th>
                    <th scope="col" className="py-2 pr-4">{t('expiresAt')}</th>
                    <th scope="col" className="py-2">{t('invitationActions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {invitations.map((invitation) => (
                    <tr key={invitation.id} className="border-b border-gray-300 align-top">
                      <th scope="row" className="min-w-40 py-2 pr-4 font-normal break-all">
                        {invitation.email}
                      </th>
                      <td className="min-w-28 py-2 pr-4">{invitation.invitedBy ?? '–'}</td>
                      <td className="min-w-28 py-2 pr-4">
                        <time dateTime={invitation.expiresAt.toISOString()}>
                          {format.dateTime(invitation.expiresAt, { dateStyle: 'medium', timeStyle: 'short' })}
                        </time>
                      </td>
                      <td className="py-2">
                        <ConfirmActionButton
                          label={t('revoke')}
                          accessibleLabel={t('revokeLabel', { email: invitation.email })}
                          title={t('revokeTitle')}
                          text={t('revokeText', { email: invitation.email })}
                          confirmLabel={t('revoke')}
                          cancelLabel={t('cancel')}
                          namespace="organisation"
                          action={revokeInvitationAction.bind(null, invitation.id)}
                          done={t('revoked', { email: invitation.email })}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </ActionStatus>
      </section>

      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="mb-2 text-2xl font-bold text-brand-900">
          {t('inviteHeading')}
        </h2>
        <p className="mb-4 max-w-2xl">{t('inviteIntro')}</p>
        <InviteForm action={invite} />
      </section>
    </ClientMessages>
  );
}
