import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { parseRevisionQuery, phaseHref } from '@/lib/assessments/assessment-links';
import { localizeCatalogueText } from '@/lib/catalogue/localize-catalogue-text';
import { orNotFound } from '@/lib/forms/or-not-found';
import { findReviewProjectId, getReviewView } from '@/lib/review/get-review-view';
import { listAssessmentHistory } from '@/lib/review/list-assessment-history';
import { listOfficers } from '@/lib/review/list-officers';
import { getSettings } from '@/lib/settings/get-settings';
import { AssessmentHeader } from '@/components/assessment/assessment-header';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ActionStatus } from '@/components/ui/action-status';
import { ActionButton } from '@/components/review/action-button';
import { DecisionForm } from '@/components/review/decision-form';
import { DecisionSummary } from '@/components/review/decision-summary';
import { HandOverForm } from '@/components/review/hand-over-form';
import { HistoryTimeline } from '@/components/review/history-timeline';
import { ProposalPanel } from '@/components/review/proposal-panel';
import { SubmittedProfile } from '@/components/review/submitted-profile';
import { PdfDownload } from '@/components/export/pdf-download';
import { decideAction, handOverAction, resolveProposalAction, takeAssessmentAction } from './actions';

type Props = { params: Promise<{ assessmentId: string }>; searchParams: Promise<{ revision?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('review');
  return { title: t('title') };
}

/**
 * The review of one self-assessment (officers): the submitted revision's profile as submitted,
 * the phases with their verdict counts (each phase is a page, ./[phase]/page.tsx), who is
 * responsible („Übernehmen“, „Abgeben“), the decision (or the form for it, or a four-eyes
 * proposal) and the history. Officers only ever see submitted revisions.
 */
export default async function ReviewOverviewPage({ params, searchParams }: Props) {
  const actor = await requirePermission('review:read');
  const [{ assessmentId }, query, t, locale, format] = await Promise.all([params, searchParams, getTranslations('review'), getLocale(), getFormatter()]);
  const projectId = await orNotFound(findReviewProjectId({ assessmentId, actor }));
  const view = await orNotFound(getReviewView({ projectId, actor, revisionNumber: parseRevisionQuery(query.revision), locale }));
  const [history, officers, settings] = await Promise.all([
    listAssessmentHistory({ assessmentId, actor, locale }),
    listOfficers({ exceptId: actor.id }),
    getSettings(),
  ]);
  const base = `/review/${assessmentId}`;
  const { revision, assignment } = view;
  const status = view.assessment.status;
  const mine = assignment.assignedTo?.id === actor.id;
  const current = revision.isLatest;
  const needsRevision = Object.values(view.verdicts).filter((verdict) => verdict === 'NEEDS_REVISION').length;

  return (
    <ClientMessages namespaces={['review', 'assessment']}>
      <AssessmentHeader view={view} english={locale === 'en'} base={base} back={{ href: '/review', label: t('backToQueue') }} title={t('pageTitle', { title: view.project.title })} />
      <ActionStatus>
        <div className="space-y-6">
          <PdfDownload assessmentId={assessmentId} revisionNumber={revision.number} officer />
          <section aria-labelledby="assignment-heading" className="rounded-lg border border-brand-100 p-5">
            <h2 id="assignment-heading" className="mb-2 text-xl font-semibold text-brand-900">
              {t('assignment.heading')}
            </h2>
            {assignment.submittedAt && <p>{t('assignment.submittedAt', { date: format.dateTime(assignment.submittedAt, { dateStyle: 'long', timeStyle: 'short' }) })}</p>}
            <p className="mb-3" data-testid="assignee">
              {assignment.assignedTo && assignment.assignedAt
                ? t('assignment.assignedTo', { name: assignment.assignedTo.name, date: format.dateTime(assignment.assignedAt, { dateStyle: 'medium' }) })
                : t('assignment.unassigned')}
            </p>
            {current && status === 'SUBMITTED' && (
              <>
                <p className="mb-3">{t('assignment.takeIntro')}</p>
                <ActionButton label={t('assignment.take')} action={takeAssessmentAction.bind(null, assessmentId)} testId="take" done={t('assignment.taken')} />
              </>
            )}
            {current && mine && (status === 'SUBMITTED' || status === 'IN_REVIEW') && officers.length > 0 && (
              <details className="mt-4">
                <summary className="cursor-pointer font-semibold text-brand-800">{t('assignment.handOver')}</summary>
                <div className="mt-3">
                  <HandOverForm officers={officers} action={handOverAction.bind(null, assessmentId)} />
                </div>
              </details>
            )}
          </section>

          <nav aria-labelledby="phases-heading" className="rounded-lg border border-brand-100 p-5">
            <h2 id="phases-heading" className="mb-2 text-xl font-semibold text-brand-900">
              {t('overview')}
            </h2>
            <p className="mb-3" data-testid="needs-revision-count">
              {t('verdict.count', { count: needsRevision })}
            </p>
            <ul className="space-y-2">
              {view.phases.map((phase) => (
                <li key={phase.key}>
                  <a href={phaseHref({ projectId, slug: phase.slug, revision, base })} className="font-semibold text-brand-800 underline" data-testid={`review-phase-${phase.key}`}>
                    {localizeCatalogueText({ locale, de: phase.title, en: phase.titleEn }).text}
                  </a>{' '}
                  <span className="text-muted">
                    ({phase.standardKeys.filter((key) => view.verdicts[key]).length}/{phase.total})
                  </span>
                </li>
              ))}
            </ul>
          </nav>

          {view.decision ? (
            <DecisionSummary decision={view.decision} revisionNumber={revision.number} />
          ) : (
            current &&
            status === 'IN_REVIEW' && (
              <section aria-labelledby="decide-heading" className="rounded-lg border border-brand-100 p-5">
                <h2 id="decide-heading" className="mb-3 text-xl font-semibold text-brand-900">
                  {view.proposal ? t('proposal.heading') : t('decision.heading')}
                </h2>
                {view.returnedProposal && !view.proposal && (
                  <p className="mb-3 rounded bg-yellow-50 p-3">{t('proposal.returned', { name: view.returnedProposal.resolvedByName ?? '', note: view.returnedProposal.returnNote ?? '' })}</p>
                )}
                {view.proposal ? (
                  <>
                    <p className="mb-2 font-semibold">{t('proposal.text', { name: view.proposal.proposedByName ?? '', kind: t(`decision.${view.proposal.kind}`) })}</p>
                    {view.proposal.reason && <p className="mb-3 whitespace-pre-wrap break-words">{view.proposal.reason}</p>}
                    {view.proposal.own && <p className="mb-3">{t('proposal.own')}</p>}
                    <ProposalPanel kind={view.proposal.kind} canConfirm={!view.proposal.own} action={resolveProposalAction.bind(null, assessmentId)} />
                  </>
                ) : mine ? (
                  <>
                    {needsRevision === 0 && <p className="mb-3 text-sm text-muted">{t('decision.needsRevisionFirst')}</p>}
                    <DecisionForm action={decideAction.bind(null, assessmentId)} fourEyes={settings['review.fourEyes']} />
                  </>
                ) : (
                  <p>{t('decision.takeFirst')}</p>
                )}
              </section>
            )
          )}

          {view.profile && <SubmittedProfile profile={view.profile} />}
          <HistoryTimeline entries={history} />
        </div>
      </ActionStatus>
    </ClientMessages>
  );
}
