import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { getReviewView } from '@/lib/review/get-review-view';
import { listAssessmentHistory } from '@/lib/review/list-assessment-history';
import { orNotFound } from '@/lib/forms/or-not-found';
import { localizeCatalogueText } from '@/lib/catalogue/localize-catalogue-text';
import { AssessmentProvider } from '@/components/assessment/assessment-context';
import { AssessmentHeader } from '@/components/assessment/assessment-header';
import { MissingList } from '@/components/assessment/missing-list';
import { ProgressPanel } from '@/components/assessment/progress-panel';
import { SubmitPanel } from '@/components/assessment/submit-panel';
import { TransitionButton } from '@/components/assessment/transition-button';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ActionStatus } from '@/components/ui/action-status';
import { DecisionSummary } from '@/components/review/decision-summary';
import { PdfDownload } from '@/components/export/pdf-download';
import { HistoryTimeline } from '@/components/review/history-timeline';
import { CatalogueUpdateNotice } from '@/components/assessment/catalogue-update-notice';
import { CatalogueDiff } from '@/components/catalogue/catalogue-diff';
import { ProjectExportLink } from '@/components/exports/project-export-link';
import { diffCatalogueVersions } from '@/lib/catalogue/diff-catalogue-versions';
import {
  adoptCatalogueVersionAction,
  reopenAssessmentAction,
  saveAnswerAction,
  submitAssessmentAction,
  withdrawAssessmentAction,
} from './actions';
import { parseRevisionQuery, phaseHref } from '@/lib/assessments/assessment-links';

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
  const [{ id }, query, t, tReview, locale] = await Promise.all([params, searchParams, getTranslations('assessment'), getTranslations('review'), getLocale()]);
  const revisionNumber = parseRevisionQuery(query.revision);
  const view = await orNotFound(getReviewView({ projectId: id, actor, revisionNumber, locale }));
  const everSubmitted = view.revisions.some((candidate) => candidate.status === 'SUBMITTED');
  const [history, catalogueDiff] = await Promise.all([
    everSubmitted ? listAssessmentHistory({ assessmentId: view.assessment.id, actor, locale }) : [],
    view.catalogueUpdate
      ? diffCatalogueVersions({ fromVersionId: view.catalogueUpdate.fromVersionId, toVersionId: view.catalogueUpdate.toVersionId })
      : null,
  ]);
  const needsRevision = Object.entries(view.verdicts).filter(([, verdict]) => verdict === 'NEEDS_REVISION');
  const firstNeedingRevision = view.standards.find((standard) => view.verdicts[standard.key] === 'NEEDS_REVISION');
  const english = locale === 'en';
  const { revision } = view;
  const hrefOf = (slug: string) => phaseHref({ projectId: view.project.id, slug, revision });

  return (
    <ClientMessages namespaces={['assessment']}>
      <AssessmentProvider initialCompleteness={view.completeness} saveAnswer={saveAnswerAction.bind(null, view.project.id)}>
        <AssessmentHeader view={view} english={english} />
        <ActionStatus>
          <div className="mb-8 space-y-6">
            <PdfDownload assessmentId={view.assessment.id} revisionNumber={revision.number} />
            {view.catalogueUpdate && (
              <CatalogueUpdateNotice update={view.catalogueUpdate} action={adoptCatalogueVersionAction.bind(null, view.project.id)}>
                {catalogueDiff && (
                  <details className="mb-4 rounded bg-white p-3">
                    <summary className="cursor-pointer font-semibold text-brand-900">{t('catalogueUpdate.diffHeading')}</summary>
                    <div className="mt-3">
                      <CatalogueDiff diff={catalogueDiff} headingLevel={3} showHeadings={false} showSummary={false} />
                    </div>
                  </details>
                )}
              </CatalogueUpdateNotice>
            )}
            {view.decision && view.verdictRevisionNumber !== null && <DecisionSummary decision={view.decision} revisionNumber={view.verdictRevisionNumber} />}
            {revision.isLatest && view.assessment.status === 'CHANGES_REQUESTED' && needsRevision.length > 0 && (
              <section className="rounded-lg border-2 border-yellow-600 p-5" data-testid="needs-revision">
                <p className="mb-2 font-semibold">{tReview('applicant.needsRevisionCount', { count: needsRevision.length })}</p>
                <p className="mb-3">{tReview('applicant.continue', { number: revision.number })}</p>
                {firstNeedingRevision && (
                  <a href={`${hrefOf(firstNeedingRevision.phaseSlug)}?needsRevision=1`} className="font-semibold text-brand-800 underline">
                    {tReview('applicant.needsRevisionFilter')}
                  </a>
                )}
              </section>
            )}
            {revision.isLatest && (view.assessment.status === 'ACCEPTED' || view.assessment.status === 'REJECTED') && (
              <p className="font-semibold">{tReview('applicant.final')}</p>
            )}
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
            <ProjectExportLink projectId={view.project.id} revision={revision} />
            {everSubmitted && <HistoryTimeline entries={history} />}
          </div>
        </ActionStatus>
      </AssessmentProvider>
    </ClientMessages>
  );
}
