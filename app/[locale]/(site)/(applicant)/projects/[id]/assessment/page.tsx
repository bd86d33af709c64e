import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { getAssessmentView } from '@/lib/assessments/get-assessment-view';
import { orNotFound } from '@/lib/forms/or-not-found';
import { localizeCatalogueText } from '@/lib/catalogue/localize-catalogue-text';
import { AssessmentProvider } from '@/components/assessment/assessment-context';
import { AssessmentHeader } from '@/components/assessment/assessment-header';
import { MissingList } from '@/components/assessment/missing-list';
import { ProgressPanel } from '@/components/assessment/progress-panel';
import { SubmitPanel } from '@/components/assessment/submit-panel';
import { TransitionButton } from '@/components/assessment/transition-button';
import { ClientMessages } from '@/components/i18n/client-messages';
import { reopenAssessmentAction, saveAnswerAction, submitAssessmentAction, withdrawAssessmentAction } from './actions';
import { parseRevisionQuery, phaseHref } from './links';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('assessment');
  return { title: t('title') };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ revision?: string | string[] }> };

/**
 * The self-assessment's overview: status, progress per phase (each phase is a page of its own,
 * ./[phase]/page.tsx), what is missing, and the transitions („Einreichen“, „Zurückziehen“,
 * „Neue Fassung bearbeiten“). ADR 013.
 */
export default async function AssessmentOverviewPage({ params, searchParams }: Props) {
  const actor = await requirePermission('project:read');
  const [{ id }, query, t, locale] = await Promise.all([params, searchParams, getTranslations('assessment'), getLocale()]);
  const revisionNumber = parseRevisionQuery(query.revision);
  const view = await orNotFound(getAssessmentView({ projectId: id, actor, revisionNumber }));
  const english = locale === 'en';
  const { revision } = view;
  const hrefOf = (slug: string) => phaseHref({ projectId: view.project.id, slug, revision });

  return (
    <ClientMessages namespaces={['assessment']}>
      <AssessmentProvider initialCompleteness={view.completeness} saveAnswer={saveAnswerAction.bind(null, view.project.id)}>
        <AssessmentHeader view={view} english={english} />
        <div className="mb-8 space-y-6">
          <ProgressPanel
            phases={view.phases.map((phase) => ({
              key: phase.key,
              title: localizeCatalogueText({ locale, de: phase.title, en: phase.titleEn }).text,
              standardKeys: phase.standardKeys,
              href: hrefOf(phase.slug),
            }))}
          />
          {view.editable && <MissingList standards={view.standards.map((standard) => ({ ...standard, href: `${hrefOf(standard.phaseSlug)}?missing=1` }))} />}
          {revision.isLatest && view.assessment.status === 'SUBMITTED' && (
            <section className="rounded-lg border border-brand-100 p-5">
              <p className="mb-3">{t('withdraw.intro')}</p>
              <TransitionButton kind="withdraw" action={withdrawAssessmentAction.bind(null, view.project.id)} />
            </section>
          )}
          {revision.isLatest && view.assessment.status === 'WITHDRAWN' && (
            <section className="rounded-lg border border-brand-100 p-5">
              <p className="mb-3">{t('reopen.intro')}</p>
              <TransitionButton kind="reopen" action={reopenAssessmentAction.bind(null, view.project.id)} />
            </section>
          )}
          {view.editable && (
            <SubmitPanel standardKeys={view.standards.map((standard) => standard.key)} action={submitAssessmentAction.bind(null, view.project.id)} />
          )}
        </div>
      </AssessmentProvider>
    </ClientMessages>
  );
}
