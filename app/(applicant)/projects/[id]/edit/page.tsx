import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requireRole } from '@/lib/auth/guards';
import { listCountries } from '@/lib/projects/countries';
import { getProjectOrNotFound } from '@/lib/projects/get-project-or-not-found';
import { toProjectFormInput } from '@/lib/projects/to-project-form-input';
import { PageHeader } from '@/components/ui/page-header';
import { ProjectForm } from '@/components/projects/project-form';
import { updateProjectAction } from './actions';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('projects');
  return { title: t('edit.title') };
}

export default async function EditProjectPage({ params }: Props) {
  const actor = await requireRole('APPLICANT');
  const { id } = await params;
  const [t, locale, project] = await Promise.all([getTranslations('projects'), getLocale(), getProjectOrNotFound({ actor, projectId: id })]);
  return (
    <>
      <PageHeader title={t('edit.title')}>
        <p className="text-muted">{project.title}</p>
      </PageHeader>
      {project.editable ? (
        <ProjectForm
          initial={toProjectFormInput(project)}
          countries={listCountries(locale)}
          action={updateProjectAction.bind(null, project.id)}
          submitLabel={t('form.save')}
          cancelHref={`/projects/${project.id}`}
        />
      ) : (
        <>
          <p className="mb-6 rounded border-l-4 border-brand-700 bg-brand-50 p-4" data-testid="project-locked">
            {t('detail.locked')}
          </p>
          <Link href={`/projects/${project.id}`} className="text-brand-800 underline">
            {project.title}
          </Link>
        </>
      )}
    </>
  );
}
