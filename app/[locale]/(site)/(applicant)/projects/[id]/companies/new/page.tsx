import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { orNotFound } from '@/lib/forms/or-not-found';
import { getProject } from '@/lib/projects/get-project';
import { PageHeader } from '@/components/ui/page-header';
import { ProjectLockedNotice } from '@/components/projects/project-locked-notice';
import { CompanyForm, EMPTY_COMPANY } from '@/components/companies/company-form';
import { addCompanyAction } from './actions';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('companies');
  return { title: t('new.title') };
}

export default async function NewCompanyPage({ params }: Props) {
  const actor = await requirePermission('project:write');
  const { id } = await params;
  const [t, project] = await Promise.all([getTranslations('companies'), orNotFound(getProject({ actor, projectId: id }))]);
  return (
    <ClientMessages namespaces={['companies']}>
      <PageHeader title={t('new.title')}>
        <p className="text-muted">{project.title}</p>
      </PageHeader>
      {project.editable ? (
        <CompanyForm initial={EMPTY_COMPANY} action={addCompanyAction.bind(null, project.id)} cancelHref={`/projects/${project.id}#companies`} />
      ) : (
        <ProjectLockedNotice project={project} />
      )}
    </ClientMessages>
  );
}
