import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireRole } from '@/lib/auth/guards';
import { getProjectOrNotFound } from '@/lib/projects/get-project-or-not-found';
import { PageHeader } from '@/components/ui/page-header';
import { CompanyForm } from '@/components/companies/company-form';
import { updateCompanyAction } from './actions';

type Props = { params: Promise<{ id: string; companyId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('companies');
  return { title: t('editPage.title') };
}

export default async function EditCompanyPage({ params }: Props) {
  const actor = await requireRole('APPLICANT');
  const { id, companyId } = await params;
  const [t, tp, project] = await Promise.all([getTranslations('companies'), getTranslations('projects'), getProjectOrNotFound({ actor, projectId: id })]);
  const company = project.companies.find((row) => row.id === companyId);
  if (!company) notFound();
  const { id: _id, position: _position, ...initial } = company;
  return (
    <>
      <PageHeader title={t('editPage.title')}>
        <p className="text-muted">
          {project.title}: {company.name}
        </p>
      </PageHeader>
      {project.editable ? (
        <CompanyForm initial={initial} action={updateCompanyAction.bind(null, company.id)} cancelHref={`/projects/${project.id}#companies`} />
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
