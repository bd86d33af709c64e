import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { overviewHref, parseRevisionQuery, phaseHref } from '@/lib/assessments/assessment-links';
import { localizeCatalogueText } from '@/lib/catalogue/localize-catalogue-text';
import { phaseOfSlug } from '@/lib/catalogue/phase-slug';
import { orNotFound } from '@/lib/forms/or-not-found';
import { findReviewProjectId, getReviewView } from '@/lib/review/get-review-view';
import { AssessmentProvider } from '@/components/assessment/assessment-context';
import { AssessmentHeader } from '@/components/assessment/assessment-header';
import { AnswerReadonly } from '@/components/assessment/answer-readonly';
import { StandardBlock } from '@/components/assessment/standard-block';
import { TopicHeading } from '@/components/catalogue/topic-heading';
import { EvidenceSection } from '@/components/evidence/evidence-section';
import { ClientMessages } from '@/components/i18n/client-messages';
import { AnswerDiffView } from '@/components/review/answer-diff';
import { CommentThread } from '@/components/review/comment-thread';
import { VerdictControl } from '@/components/review/verdict-control';
import { addCommentAction, editCommentAction, retractCommentAction } from '../../../../comment-actions';
import { setVerdictAction } from '../actions';

type Props = {
  params: Promise<{ assessmentId: string; phase: string }>;
  searchParams: Promise<{ revision?: string | string[]; changed?: string | string[] }>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('review');
  return { title: t('title') };
}

/**
 * One phase of a submitted revision under review: per standard the text, the answer (read-only),
 * its evidence (downloads with version and SHA-256), from the second revision on the diff
 * against the previous one with that round's verdict („Nur geänderte Standards“ filters), the
 * officer's verdict (saved at once, while in review and assigned) and the comment thread with
 * internal notes.
 */
export default async function ReviewPhasePage({ params, searchParams }: Props) {
  const actor = await requirePermission('review:read');
  const [{ assessmentId, phase: slug }, query, t, tAssessment, locale] = await Promise.all([params, searchParams, getTranslations('review'), getTranslations('assessment'), getLocale()]);
  const phaseKey = phaseOfSlug(slug);
  if (!phaseKey) notFound();
  const projectId = await orNotFound(findReviewProjectId({ assessmentId, actor }));
  const view = await orNotFound(getReviewView({ projectId, actor, revisionNumber: parseRevisionQuery(query.revision), phase: phaseKey, locale }));
  const phase = view.shownPhase;
  if (!phase) notFound();
  const base = `/review/${assessmentId}`;
  const { revision } = view;
  const onlyChanged = query.changed === '1' && view.previousRevisionNumber !== null;
  const canJudge = revision.isLatest && view.assessment.status === 'IN_REVIEW' && view.assignment.assignedTo?.id === actor.id && !view.proposal;
  const canComment = ['SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED'].includes(view.assessment.status);
  const titleOf = (candidate: { title: string; titleEn: string | null }) => localizeCatalogueText({ locale, de: candidate.title, en: candidate.titleEn }).text;
  const here = phaseHref({ projectId, slug: phase.slug, revision, base });
  const changedCount = Object.values(view.diffs).filter((diff) => diff.changed).length;
  const shown = (key: string) => !onlyChanged || view.diffs[key]?.changed;

  return (
    <ClientMessages namespaces={['review', 'comments', 'assessment', 'evidence']}>
      <AssessmentProvider initialCompleteness={view.completeness}>
        <AssessmentHeader view={view} english={locale === 'en'} base={base} back={{ href: '/review', label: t('backToQueue') }} title={t('pageTitle', { title: view.project.title })} />
        <nav aria-label={t('overview')} className="mb-6">
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            <li>
              <a href={overviewHref({ projectId, revision, base })} className="text-brand-800 underline">
                {t('overview')}
              </a>
            </li>
            {view.phases.map((candidate) => (
              <li key={candidate.key}>
                <a
                  href={phaseHref({ projectId, slug: candidate.slug, revision, base })}
                  aria-current={candidate.key === phase.key ? 'page' : undefined}
                  className={candidate.key === phase.key ? 'font-semibold text-brand-900' : 'text-brand-800 underline'}
                >
                  {titleOf(candidate)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {view.previousRevisionNumber !== null && (
          <div className="mb-6 flex flex-wrap items-center gap-4 rounded bg-brand-50 p-3">
            <p data-testid="changed-count">{t('diff.changedCount', { count: changedCount, number: view.previousRevisionNumber })}</p>
            <a href={onlyChanged ? here : `${here}${here.includes('?') ? '&' : '?'}changed=1`} className="font-semibold text-brand-800 underline" data-testid="only-changed">
              {onlyChanged ? t('diff.allStandards') : t('diff.onlyChanged')}
            </a>
          </div>
        )}

        <section aria-labelledby={`${phase.key}-title`} className="mb-10">
          <h2 id={`${phase.key}-title`} className="mb-4 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-900">
            {titleOf(phase)}
          </h2>
          {onlyChanged && changedCount === 0 && <p className="mb-4">{t('diff.noneChanged', { number: view.previousRevisionNumber ?? 0 })}</p>}
          {phase.topics.map((topic) =>
            topic.standards.some((standard) => shown(standard.key)) ? (
              <section key={topic.heading} className="mb-6">
                <TopicHeading locale={locale} topic={topic} className="mb-3 text-xl font-semibold text-brand-900" />
                <div className="space-y-6">
                  {topic.standards.filter((standard) => shown(standard.key)).map((standard) => {
                    const diff = view.diffs[standard.key];
                    const previousVerdict = view.previousVerdicts[standard.key];
                    return (
                      <StandardBlock key={standard.key} standard={standard}>
                        {diff && view.previousRevisionNumber !== null && (
                          <>
                            {diff.changed && <p className="mb-2 inline-block rounded bg-brand-700 px-2 py-0.5 text-sm font-semibold text-white">{t('diff.changed', { number: view.previousRevisionNumber })}</p>}
                            {previousVerdict && <p className="mb-2 text-sm">{t('verdict.previous', { number: view.previousRevisionNumber, verdict: t(`verdict.${previousVerdict}`) })}</p>}
                            <AnswerDiffView diff={diff} previousNumber={view.previousRevisionNumber} />
                          </>
                        )}
                        <AnswerReadonly answer={view.answers[standard.key]!} />
                        <div className="mt-4">
                          <EvidenceSection projectId={projectId} standardKey={standard.key} readOnly initialItems={view.evidenceByStandard[standard.key] ?? []} headingLevel={5} heading={tAssessment('fields.evidence')} collapsible />
                        </div>
                        {revision.isLatest && (view.assessment.status === 'IN_REVIEW' || view.verdicts[standard.key]) ? (
                          <VerdictControl
                            standardKey={standard.key}
                            number={standard.number}
                            initial={view.verdicts[standard.key] ?? null}
                            disabled={!canJudge}
                            action={setVerdictAction.bind(null, assessmentId)}
                          />
                        ) : null}
                        <CommentThread
                          standardKey={standard.key}
                          label={tAssessment('standardLabel', { number: standard.number })}
                          comments={view.threads[standard.key] ?? []}
                          canWrite={canComment}
                          canWriteInternal
                          addAction={addCommentAction.bind(null, assessmentId)}
                          editAction={editCommentAction}
                          retractAction={retractCommentAction}
                        />
                      </StandardBlock>
                    );
                  })}
                </div>
              </section>
            ) : null,
          )}
        </section>
      </AssessmentProvider>
    </ClientMessages>
  );
}
