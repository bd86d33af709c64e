import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireRole } from '@/lib/auth/guards';
import { getProjectOrNotFound } from '@/lib/projects/get-project-or-not-found';
import { PageHeader } from '@/components/ui/page-header';
import { CompanyForm, EMPTY_COMPANY } from '@/components/companies/company-form';
import { addCompanyAction } from './actions';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('companies');
  return { title: t('new.title') };
}

export default async function NewCompanyPage({ params }: Props) {
  const actor = await requireRole('APPLICANT');
  const { id } = await params;
  const [t, tp, project] = await Promise.all([getTranslations('companies'), getTranslations('projects'), getProjectOrNotFound({ actor, projectId: id })]);
  return (
    <>
      <PageHeader title={t('new.title')}>
        <p className="text-muted">{project.title}</p>
      </PageHeader>
      {project.editable ? (
        <CompanyForm initial={EMPTY_COMPANY} action={addCompanyAction.bind(null, project.id)} cancelHref={`/projects/${project.id}#companies`} />
      ) : (
        <>
          <p className="mb-6 rounded border-l-4 border-brand-700 bg-brand-50 p-4" data-testid="project-locked">
            {tp('detail.locked')}
          </p>
          <Link href={`/projects/${project.id}`} className="text-brand-800 underline">
            {project.title}
          </Link>
        </>
      )}
    </>
  );
}
