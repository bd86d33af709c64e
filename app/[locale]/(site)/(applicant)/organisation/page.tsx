import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { getOrganisationOverview } from '@/lib/organisations/get-organisation-overview';
import { PageHeader } from '@/components/ui/page-header';
import { OrganisationForm } from '@/components/organisation/organisation-form';
import { InviteForm } from '@/components/organisation/invite-form';
import { invite, saveOrganisation } from './actions';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('organisation');
  return { title: t('title') };
}

/** Applicants: their organisation's details, its applicants, pending invitations, inviting a colleague. */
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
        <table className="w-full max-w-3xl border-collapse text-left" data-testid="members">
          <thead>
            <tr className="border-b-2 border-brand-700">
              <th scope="col" className="py-2 pr-4">{t('memberName')}</th>
              <th scope="col" className="py-2 pr-4">{t('memberEmail')}</th>
              <th scope="col" className="py-2">{t('memberStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id} className="border-b border-gray-300">
                <td className="py-2 pr-4">
                  {member.name} {member.id === actor.id && <span className="text-muted">{t('you')}</span>}
                </td>
                <td className="py-2 pr-4 break-all">{member.email}</td>
                <td className="py-2">{member.confirmed ? t('confirmed') : t('unconfirmed')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="invitations-heading" className="mb-10">
        <h2 id="invitations-heading" className="mb-4 text-2xl font-bold text-brand-900">
          {t('invitationsHeading')}
        </h2>
        {invitations.length === 0 ? (
          <p>{t('noInvitations')}</p>
        ) : (
          <table className="w-full max-w-3xl border-collapse text-left" data-testid="invitations">
            <thead>
              <tr className="border-b-2 border-brand-700">
                <th scope="col" className="py-2 pr-4">{t('invitationEmail')}</th>
                <th scope="col" className="py-2 pr-4">{t('invitedBy')}</th>
                <th scope="col" className="py-2">{t('expiresAt')}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id} className="border-b border-gray-300">
                  <td className="py-2 pr-4 break-all">{invitation.email}</td>
                  <td className="py-2 pr-4">{invitation.invitedBy ?? '–'}</td>
                  <td className="py-2">
                    <time dateTime={invitation.expiresAt.toISOString()}>
                      {format.dateTime(invitation.expiresAt, { dateStyle: 'medium', timeStyle: 'short' })}
                    </time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
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
