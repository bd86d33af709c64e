import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { getReviewView } from '@/lib/review/get-review-view';
import { phaseOfSlug } from '@/lib/catalogue/phase-slug';
import { orNotFound } from '@/lib/forms/or-not-found';
import { localizeCatalogueText } from '@/lib/catalogue/localize-catalogue-text';
import { EvidenceSection } from '@/components/evidence/evidence-section';
import { AssessmentProvider } from '@/components/assessment/assessment-context';
import { AssessmentHeader } from '@/components/assessment/assessment-header';
import { AnswerForm } from '@/components/assessment/answer-form';
import { AnswerReadonly } from '@/components/assessment/answer-readonly';
import { HintsPanel } from '@/components/assessment/hints-panel';
import { PhaseNav } from '@/components/assessment/phase-nav';
import { ProgressPanel } from '@/components/assessment/progress-panel';
import { StandardBlock } from '@/components/assessment/standard-block';
import { TopicHeading } from '@/components/catalogue/topic-heading';
import { ClientMessages } from '@/components/i18n/client-messages';
import { CommentThread } from '@/components/review/comment-thread';
import { addCommentAction, editCommentAction, retractCommentAction } from '../../../../../comment-actions';
import { confirmAnswerAction, saveAnswerAction } from '../actions';
import { overviewHref, parseRevisionQuery, phaseHref } from '@/lib/assessments/assessment-links';

type Props = {
  params: Promise<{ id: string; phase: string }>;
  searchParams: Promise<{ revision?: string | string[]; missing?: string | string[]; needsRevision?: string | string[] }>;
};

/** Metadata and page need the same view: loaded once per request (React's cache, by the arguments). */
const loadView = cache(async (id: string, slug: string, revisionNumber: number | undefined) => {
  const [actor, locale] = await Promise.all([requirePermission('project:read'), getLocale()]);
  const phaseKey = phaseOfSlug(slug);
  if (!phaseKey) notFound();
  const view = await orNotFound(getReviewView({ projectId: id, actor, revisionNumber, phase: phaseKey, locale }));
  const phase = view.shownPhase;
  if (!phase) notFound();
  return { view, phase };
});

async function loadPage(params: Props['params'], searchParams: Props['searchParams']) {
  const [{ id, phase }, query] = await Promise.all([params, searchParams]);
  return loadView(id, phase, parseRevisionQuery(query.revision));
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ phase }, t, locale] = await Promise.all([loadPage(params, searchParams), getTranslations('assessment'), getLocale()]);
  return { title: t('phaseTitle', { phase: localizeCatalogueText({ locale, de: phase.title, en: phase.titleEn }).text }) };
}

/**
 * One phase of a self-assessment: its topics and standards with the answers (editable while
 * the latest revision is a draft) and their evidence. The overview (../page.tsx) has progress,
 * what is missing and „Einreichen“. A third of the standards per page keeps the page small
 * and quick (ADR 013).
 */
export default async function AssessmentPhasePage({ params, searchParams }: Props) {
  const [{ view, phase }, query, t, tReview, locale] = await Promise.all([
    loadPage(params, searchParams),
    searchParams,
    getTranslations('assessment'),
    getTranslations('review'),
    getLocale(),
  ]);
  const english = locale === 'en';
  const { revision } = view;
  const projectId = view.project.id;
  const titleOf = (candidate: { title: string; titleEn: string | null }) => localizeCatalogueText({ locale, de: candidate.title, en: candidate.titleEn }).text;
  const index = view.phases.findIndex((candidate) => candidate.key === phase.key);
  const previous = view.phases[index - 1];
  const next = view.phases[index + 1];
  const overview = overviewHref({ projectId, revision });
  const phaseKeys = new Set(phase.standardKeys);
  const everSubmitted = view.revisions.some((candidate) => candidate.status === 'SUBMITTED');
  const canComment = revision.isLatest && ['SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED'].includes(view.assessment.status);
  const needsRevisionKeys = phase.standardKeys.filter((key) => view.verdicts[key] === 'NEEDS_REVISION');
  const onlyNeedsRevision = query.needsRevision === '1' && Object.values(view.verdicts).includes('NEEDS_REVISION');
  const shown = (key: string) => !onlyNeedsRevision || view.verdicts[key] === 'NEEDS_REVISION';
  const here = phaseHref({ projectId, slug: phase.slug, revision });

  return (
    <ClientMessages namespaces={['assessment', 'evidence', 'comments']}>
      <AssessmentProvider
        initialCompleteness={view.completeness}
        initialShowRequired={view.editable && query.missing === '1'}
        saveAnswer={saveAnswerAction.bind(null, projectId)}
      >
        <AssessmentHeader view={view} english={english} />
        <PhaseNav
          label={t('phaseNav.label')}
          className="mb-6"
          items={[
            { href: overview, label: t('phaseNav.overview') },
            ...view.phases.map((candidate) => ({
              href: phaseHref({ projectId, slug: candidate.slug, revision }),
              label: titleOf(candidate),
              current: candidate.key === phase.key,
            })),
          ]}
        />
        <div className="mb-8 space-y-6">
          {view.catalogueUpdate && (
            <p className="rounded-lg border-2 border-brand-700 bg-brand-50 p-4" data-testid="catalogue-update">
              <strong>{t('catalogueUpdate.phaseNotice')}</strong>{' '}
              <a href={overview} className="font-semibold text-brand-800 underline">
                {t('catalogueUpdate.phaseLink')}
              </a>
            </p>
          )}
          <ProgressPanel
            phases={view.phases.map((candidate) => ({
              key: candidate.key,
              title: titleOf(candidate),
              standardKeys: candidate.standardKeys,
            }))}
          />
          {view.hints.some((hint) => phaseKeys.has(hint.key)) && <HintsPanel hints={view.hints.filter((hint) => phaseKeys.has(hint.key))} />}
        </div>

        {Object.values(view.verdicts).includes('NEEDS_REVISION') && (
          <div className="mb-6 flex flex-wrap items-center gap-4 rounded border-2 border-yellow-600 p-3" data-testid="needs-revision-filter">
            <p>{tReview('applicant.needsRevisionCount', { count: needsRevisionKeys.length })}</p>
            <a href={onlyNeedsRevision ? here : `${here}${here.includes('?') ? '&' : '?'}needsRevision=1`} className="font-semibold text-brand-800 underline">
              {onlyNeedsRevision ? tReview('applicant.allStandards') : tReview('applicant.needsRevisionFilter')}
            </a>
          </div>
        )}
        <section id={phase.slug} aria-labelledby={`${phase.key}-title`} className="mb-10">
          <h2 id={`${phase.key}-title`} className="mb-4 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-900">
            {titleOf(phase)}
          </h2>
          {phase.topics.map((topic) => (
            <section key={topic.heading} className="mb-6" hidden={!topic.standards.some((standard) => shown(standard.key))}>
              <TopicHeading locale={locale} topic={topic} className="mb-3 text-xl font-semibold text-brand-900" />
              <div className="space-y-6">
                {topic.standards.filter((standard) => shown(standard.key)).map((standard) => (
                  <StandardBlock key={standard.key} standard={standard}>
                    {view.verdicts[standard.key] && (
                      <p
                        className={`mb-3 inline-block rounded px-2 py-0.5 text-sm font-semibold ${view.verdicts[standard.key] === 'NEEDS_REVISION' ? 'bg-yellow-200 text-yellow-950' : 'bg-green-100 text-green-900'}`}
                        data-testid={`verdict-badge-${standard.key}`}
                      >
                        {tReview(`verdict.${view.verdicts[standard.key]!}`)}
                      </p>
                    )}
                    {view.editable ? (
                      <AnswerForm
                        revisionId={revision.id}
                        standardKey={standard.key}
                        initial={view.answers[standard.key]!}
                        needsConfirmation={view.textChanged.includes(standard.key)}
                        confirmAction={confirmAnswerAction.bind(null, projectId, standard.key)}
                      />
                    ) : (
                      <AnswerReadonly answer={view.answers[standard.key]!} />
                    )}
                    <div className="mt-4">
                      <EvidenceSection
                        projectId={projectId}
                        standardKey={standard.key}
                        readOnly={!view.editable}
                        initialItems={view.evidenceByStandard[standard.key] ?? []}
                        headingLevel={5}
                        heading={t('fields.evidence')}
                        collapsible
                      />
                    </div>
                    {everSubmitted && (
                      <CommentThread
                        standardKey={standard.key}
                        label={t('standardLabel', { number: standard.number })}
                        comments={view.threads[standard.key] ?? []}
                        canWrite={canComment}
                        canWriteInternal={false}
                        addAction={addCommentAction.bind(null, view.assessment.id)}
                        editAction={editCommentAction}
                        retractAction={retractCommentAction}
                      />
                    )}
                  </StandardBlock>
                ))}
              </div>
            </section>
          ))}
        </section>

        <PhaseNav
          label={t('phaseNav.pager')}
          className="border-t border-brand-100 pt-4"
          items={[
            ...(previous ? [{ href: phaseHref({ projectId, slug: previous.slug, revision }), label: t('phaseNav.previous', { title: titleOf(previous) }) }] : []),
            ...(next ? [{ href: phaseHref({ projectId, slug: next.slug, revision }), label: t('phaseNav.next', { title: titleOf(next) }), testId: 'phase-next' }] : []),
            { href: overview, label: t(view.editable ? 'phaseNav.toOverview' : 'phaseNav.toOverviewReadOnly'), testId: 'phase-overview' },
          ]}
        />
      </AssessmentProvider>
    </ClientMessages>
  );
}
