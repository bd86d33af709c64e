import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { listCountries } from '@/lib/projects/countries';
import { orNotFound } from '@/lib/forms/or-not-found';
import { getProject } from '@/lib/projects/get-project';
import { toProjectFormInput } from '@/lib/projects/to-project-form-input';
import { PageHeader } from '@/components/ui/page-header';
import { ProjectLockedNotice } from '@/components/projects/project-locked-notice';
import { ProjectForm } from '@/components/projects/project-form';
import { updateProjectAction } from './actions';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('projects');
  return { title: t('edit.title') };
}

export default async function EditProjectPage({ params }: Props) {
  const actor = await requirePermission('project:write');
  const { id } = await params;
  const [t, locale, project] = await Promise.all([getTranslations('projects'), getLocale(), orNotFound(getProject({ actor, projectId: id }))]);
  return (
    <ClientMessages namespaces={['projects']}>
      <PageHeader title={t('edit.title')}>
        <p className="text-muted">{project.title}</p>
      </PageHeader>
      {project.editable ? (
        <ProjectForm
          initial={toProjectFormInput(project)}
          countries={listCountries(locale)}
          action={updateProjectAction.bind(null, project.id, project.updatedAt.toISOString())}
          submitLabel={t('form.save')}
          cancelHref={`/projects/${project.id}`}
        />
      ) : (
        <ProjectLockedNotice project={project} />
      )}
    </ClientMessages>
  );
}
