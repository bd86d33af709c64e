import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { orNotFound } from '@/lib/forms/or-not-found';
import { getProject } from '@/lib/projects/get-project';
import { PageHeader } from '@/components/ui/page-header';
import { ProjectLockedNotice } from '@/components/projects/project-locked-notice';
import { CompanyForm } from '@/components/companies/company-form';
import { updateCompanyAction } from './actions';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { params: Promise<{ id: string; companyId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('companies');
  return { title: t('editPage.title') };
}

export default async function EditCompanyPage({ params }: Props) {
  const actor = await requirePermission('project:write');
  const { id, companyId } = await params;
  const [t, project] = await Promise.all([getTranslations('companies'), orNotFound(getProject({ actor, projectId: id }))]);
  const company = project.companies.find((row) => row.id === companyId);
  if (!company) notFound();
  const { id: _id, position: _position, updatedAt, ...initial } = company;
  return (
    <ClientMessages namespaces={['companies']}>
      <PageHeader title={t('editPage.title')}>
        <p className="text-muted">
          {project.title}: {company.name}
        </p>
      </PageHeader>
      {project.editable ? (
        <CompanyForm initial={initial} action={updateCompanyAction.bind(null, company.id, updatedAt.toISOString())} cancelHref={`/projects/${project.id}#companies`} />
      ) : (
        <ProjectLockedNotice project={project} />
      )}
    </ClientMessages>
  );
}
