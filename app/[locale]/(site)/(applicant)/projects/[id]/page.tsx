import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { listEvidence } from '@/lib/evidence/list-evidence';
import { orNotFound } from '@/lib/forms/or-not-found';
import { getProject } from '@/lib/projects/get-project';
import { getLatestDecision } from '@/lib/review/get-latest-decision';
import { DecisionSummary } from '@/components/review/decision-summary';
import { PageHeader } from '@/components/ui/page-header';
import { ProjectProfile } from '@/components/projects/project-profile';
import { ProgressBar } from '@/components/projects/progress-bar';
import { CompanyCard } from '@/components/companies/company-card';
import { CompanyEvidence } from '@/components/evidence/company-evidence';
import { BUTTON_PRIMARY, BUTTON_SECONDARY } from '@/components/ui/button-classes';
import { removeCompanyAction } from './actions';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requirePermission('project:read');
  const project = await orNotFound(getProject({ actor, projectId: (await params).id }));
  return { title: project.title };
}

export default async function ProjectPage({ params }: Props) {
  const actor = await requirePermission('project:read');
  const { id } = await params;
  const [t, tc, format, locale, project] = await Promise.all([
    getTranslations('projects'),
    getTranslations('companies'),
    getFormatter(),
    getLocale(),
    orNotFound(getProject({ actor, projectId: id })),
  ]);
  const [evidence, decision] = await Promise.all([listEvidence({ actor, projectId: project.id }), getLatestDecision({ actor, projectId: project.id, locale })]);
  const status = t(`status.${project.assessmentStatus ?? 'none'}`);

  return (
    <ClientMessages namespaces={['companies', 'evidence']}>
      <p className="mb-4">
        <Link href="/projects" className="text-brand-800 underline">
          {t('detail.backToList')}
        </Link>
      </p>
      <PageHeader title={project.title}>
        <p className="text-muted">{t('detail.lastChange', { date: format.dateTime(project.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
      </PageHeader>

      <section aria-labelledby="assessment-heading" className="mb-8 rounded border-2 border-brand-700 bg-brand-50 p-4">
        <h2 id="assessment-heading" className="mb-2 text-2xl font-semibold text-brand-900">
          {t('detail.assessment')}
        </h2>
        <p className="mb-2" data-testid="assessment-status">
          {t('detail.assessmentStatus', { status })}
        </p>
        <div className="mb-4">
          <ProgressBar
            complete={project.progress.complete}
            total={project.progress.total}
            text={t('progress', project.progress)}
            label={t('progressLabel', project.progress)}
          />
        </div>
        {decision && (
          <div className="mb-4">
            <DecisionSummary decision={decision} revisionNumber={decision.revisionNumber} headingLevel={3} />
          </div>
        )}
        <Link href={`/projects/${project.id}/assessment`} className={BUTTON_PRIMARY}>
          {t('detail.assessment')}
        </Link>
      </section>

      {!project.editable && (
        <p className="mb-8 rounded border-l-4 border-brand-700 bg-brand-50 p-4" data-testid="project-locked">
          {t('detail.locked')}
        </p>
      )}

      <section aria-labelledby="profile-heading" className="mb-8">
        <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
          <h2 id="profile-heading" className="text-2xl font-semibold text-brand-900">
            {t('detail.profile')}
          </h2>
          {project.editable && (
            <Link href={`/projects/${project.id}/edit`} className={BUTTON_SECONDARY}>
              {t('detail.edit')}
            </Link>
          )}
        </div>
        <ProjectProfile project={project} />
      </section>

      <section aria-labelledby="companies-heading" id="companies" className="mb-8">
        <div className="mb-2 flex flex-wrap items-center justify-between gap-4">
          <h2 id="companies-heading" className="text-2xl font-semibold text-brand-900">
            {tc('heading')}
          </h2>
          {project.editable && (
            <Link href={`/projects/${project.id}/companies/new`} className={BUTTON_SECONDARY}>
              {tc('add')}
            </Link>
          )}
        </div>
        <p className="mb-4 text-muted">{tc('intro')}</p>
        {project.companies.length === 0 ? (
          <p>{tc('empty')}</p>
        ) : (
          <ul className="space-y-4">
            {project.companies.map((company) => (
              <CompanyCard
                key={company.id}
                projectId={project.id}
                company={company}
                editable={project.editable}
                removeAction={removeCompanyAction.bind(null, company.id)}
                evidenceSlot={
                  <CompanyEvidence
                    projectId={project.id}
                    companyId={company.id}
                    items={evidence.filter((item) => item.companyId === company.id)}
                    editable={project.editable}
                  />
                }
              />
            ))}
          </ul>
        )}
      </section>
    </ClientMessages>
  );
}
