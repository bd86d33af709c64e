import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { parseId } from '@/lib/forms/action-args';
import { orNotFound } from '@/lib/forms/or-not-found';
import { getOrganisationDetail } from '@/lib/organisations/get-organisation-detail';
import { listMergeCandidates } from '@/lib/organisations/list-merge-candidates';
import { PageHeader } from '@/components/ui/page-header';
import { ClientMessages } from '@/components/i18n/client-messages';
import { OrganisationForm } from '@/components/organisation/organisation-form';
import { MergeForm } from '@/components/organisations/merge-form';
import { UserStateBadge } from '@/components/users/user-state-badge';
import { mergeOrganisationsAction, saveOrganisationAction } from './actions';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('adminOrganisations');
  return { title: `${t('detail.detailsHeading')} – ${t('title')}` };
}

const TABLE = 'w-full border-collapse text-left [&_td]:p-2 [&_th]:p-2 [&_th]:text-left [&>tbody>tr]:border-b [&>tbody>tr]:border-b-gray-300 [&>tbody>tr]:align-top';

/**
 * One organisation (administrators): its details (the applicants' form), its accounts, projects
 * and open invitations, and „Dublette zusammenführen“.
 */
export default async function OrganisationPage({ params }: Params) {
  const actor = await requirePermission('organisations:manage');
  const { id } = await params;
  const organisationId = await orNotFound((async () => parseId(id, 'Organisation'))());
  const [t, tu, tr, ta, format, organisation, candidates] = await Promise.all([
    getTranslations('adminOrganisations'),
    getTranslations('adminUsers'),
    getTranslations('roles'),
    getTranslations('assessment'),
    getFormatter(),
    orNotFound(getOrganisationDetail({ actor, organisationId })),
    listMergeCandidates({ actor, organisationId }),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: 'medium' });
  const h2 = 'mb-4 text-2xl font-bold text-brand-900';
  return (
    <ClientMessages namespaces={['organisation', 'adminOrganisations']}>
      <p className="mb-4">
        <Link href="/admin/organisations" className="text-brand-800 underline">
          ← {t('detail.back')}
        </Link>
      </p>
      <PageHeader title={organisation.name} />

      <section aria-labelledby="details-heading" className="mb-10">
        <h2 id="details-heading" className={h2}>
          {t('detail.detailsHeading')}
        </h2>
        <OrganisationForm
          action={saveOrganisationAction.bind(null, organisation.id)}
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

      <section aria-labelledby="users-heading" className="mb-10">
        <h2 id="users-heading" className={h2}>
          {t('detail.usersHeading')}
        </h2>
        {organisation.users.length === 0 ? (
          <p>{t('detail.noUsers')}</p>
        ) : (
          <div role="region" aria-labelledby="users-heading" tabIndex={0} className="overflow-x-auto focus-visible:outline-2">
            <table className={TABLE} data-testid="organisation-users">
              <caption className="sr-only">{t('detail.usersCaption')}</caption>
              <thead className="border-b-2 border-brand-700 bg-brand-50">
                <tr>
                  <th scope="col">{tu('columns.name')}</th>
                  <th scope="col">{tu('columns.email')}</th>
                  <th scope="col">{tu('columns.role')}</th>
                  <th scope="col">{tu('columns.state')}</th>
                </tr>
              </thead>
              <tbody>
                {organisation.users.map((user) => (
                  <tr key={user.id}>
                    <th scope="row" className="min-w-32 font-normal">
                      <Link href={`/admin/users/${user.id}`} className="font-semibold break-words text-brand-800 underline">
                        {user.name}
                      </Link>
                    </th>
                    <td className="min-w-40 break-words">{user.email}</td>
                    <td>{tr(user.role)}</td>
                    <td>
                      <UserStateBadge state={user.state} label={tu(`states.${user.state}`)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="projects-heading" className="mb-10">
        <h2 id="projects-heading" className={h2}>
          {t('detail.projectsHeading')}
        </h2>
        {organisation.projects.length === 0 ? (
          <p>{t('detail.noProjects')}</p>
        ) : (
          <div role="region" aria-labelledby="projects-heading" tabIndex={0} className="overflow-x-auto focus-visible:outline-2">
            <table className={TABLE} data-testid="organisation-projects">
              <caption className="sr-only">{t('detail.projectsCaption')}</caption>
              <thead className="border-b-2 border-brand-700 bg-brand-50">
                <tr>
                  <th scope="col">{t('detail.projectTitle')}</th>
                  <th scope="col">{t('detail.projectStatus')}</th>
                  <th scope="col">{t('detail.projectCreated')}</th>
                </tr>
              </thead>
              <tbody>
                {organisation.projects.map((project) => (
                  <tr key={project.id}>
                    <th scope="row" className="min-w-40 font-normal break-words">
                      {project.title}
                    </th>
                    <td>{project.status ? ta(`status.${project.status}`) : '–'}</td>
                    <td>
                      <time dateTime={project.createdAt.toISOString()}>{date(project.createdAt)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="org-invitations-heading" className="mb-10">
        <h2 id="org-invitations-heading" className={h2}>
          {t('detail.invitationsHeading')}
        </h2>
        {organisation.invitations.length === 0 ? (
          <p>{t('detail.noInvitations')}</p>
        ) : (
          <ul className="space-y-1" data-testid="organisation-invitations">
            {organisation.invitations.map((invitation) => (
              <li key={invitation.id} className="break-words">
                {invitation.email} ({t('detail.invitationExpires')}{' '}
                <time dateTime={invitation.expiresAt.toISOString()}>{date(invitation.expiresAt)}</time>)
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="merge-heading" className="mb-10">
        <h2 id="merge-heading" className={h2}>
          {t('merge.heading')}
        </h2>
        <p className="mb-4 max-w-2xl">{t('merge.intro', { name: organisation.name })}</p>
        {candidates.length === 0 ? (
          <p>{t('merge.none')}</p>
        ) : (
          <MergeForm organisationName={organisation.name} candidates={candidates} action={mergeOrganisationsAction.bind(null, organisation.id)} />
        )}
      </section>
    </ClientMessages>
  );
}
