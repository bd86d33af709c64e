import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { getAssessmentView } from '@/lib/assessments/get-assessment-view';
import { orNotFound } from '@/lib/forms/or-not-found';
import { EvidenceSection } from '@/components/evidence/evidence-section';
import { AssessmentProvider } from '@/components/assessment/assessment-context';
import { AnswerForm } from '@/components/assessment/answer-form';
import { AnswerReadonly } from '@/components/assessment/answer-readonly';
import { HintsPanel } from '@/components/assessment/hints-panel';
import { MissingList } from '@/components/assessment/missing-list';
import { ProgressPanel } from '@/components/assessment/progress-panel';
import { RevisionList } from '@/components/assessment/revision-list';
import { StandardBlock } from '@/components/assessment/standard-block';
import { TopicHeading } from '@/components/catalogue/topic-heading';
import { SubmitPanel } from '@/components/assessment/submit-panel';
import { TransitionButton } from '@/components/assessment/transition-button';
import { reopenAssessmentAction, saveAnswerAction, submitAssessmentAction, withdrawAssessmentAction } from './actions';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('assessment');
  return { title: t('title') };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ revision?: string | string[] }> };

export default async function AssessmentPage({ params, searchParams }: Props) {
  const actor = await requirePermission('project:read');
  const [{ id }, query, t, tStandards, format, locale] = await Promise.all([
    params,
    searchParams,
    getTranslations('assessment'),
    getTranslations('standards'),
    getFormatter(),
    getLocale(),
  ]);
  const requested = typeof query.revision === 'string' && /^\d{1,4}$/.test(query.revision) ? Number(query.revision) : undefined;

  const view = await orNotFound(getAssessmentView({ projectId: id, actor, revisionNumber: requested }));
  const english = locale === 'en';
  const { revision } = view;

  return (
    <ClientMessages namespaces={['assessment', 'evidence']}>
      <AssessmentProvider initialCompleteness={view.completeness} saveAnswer={saveAnswerAction.bind(null, view.project.id)}>
        <p className="mb-2">
          <Link href={`/projects/${view.project.id}`} className="text-brand-800 underline">
            {t('backToProject')}
          </Link>
        </p>
        <h1 className="mb-2 text-3xl font-bold text-brand-900">
          {t('title')}: {view.project.title}
        </h1>
        <p className="mb-1">
          {t('assessmentStatus')}: <strong data-testid="assessment-status">{t(`status.${view.assessment.status}`)}</strong>
        </p>
        <p className="mb-4 text-sm text-muted">
          {revision.status === 'SUBMITTED' && revision.submittedAt
            ? t(revision.withdrawnAt ? 'revisionWithdrawn' : 'revisionSubmitted', {
                number: revision.number,
                date: format.dateTime(revision.submittedAt, { dateStyle: 'long', timeStyle: 'short' }),
              })
            : t('revisionDraft', { number: revision.number })}{' '}
          · {t('catalogueVersion', { number: revision.catalogueVersionNumber })}
        </p>
        {english && (
          <p className="mb-4 rounded bg-brand-50 p-3 text-sm" data-testid="translation-notice">
            {tStandards('translationNotice')}
          </p>
        )}
        {view.revisions.length > 1 && <RevisionList projectId={view.project.id} revisions={view.revisions} current={revision.number} />}

        {!revision.isLatest && (
          <p className="mb-6 rounded bg-yellow-50 p-3">
            {t('viewingOlder')}{' '}
            <Link href={`/projects/${view.project.id}/assessment`} className="text-brand-800 underline">
              {t('showLatest')}
            </Link>
          </p>
        )}
        {revision.isLatest && !view.editable && (
          <p className="mb-6 rounded bg-brand-50 p-3 font-medium" data-testid="read-only-notice">
            {t('readOnly')}
          </p>
        )}

        <div className="mb-8 space-y-6">
          <ProgressPanel
            phases={view.phases.map((phase) => ({
              key: phase.key,
              title: english && phase.titleEn ? phase.titleEn : phase.title,
              standardKeys: phase.topics.flatMap((topic) => topic.standards.map((standard) => standard.key)),
            }))}
          />
          {view.editable && <MissingList standards={view.standards} />}
          {view.hints.length > 0 && <HintsPanel hints={view.hints} />}
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
        </div>

        {view.phases.map((phase) => (
          <section key={phase.key} id={phase.key.toLowerCase()} aria-labelledby={`${phase.key}-title`} className="mb-10">
            <h2 id={`${phase.key}-title`} className="mb-4 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-900">
              {english && phase.titleEn ? phase.titleEn : phase.title}
            </h2>
            {phase.topics.map((topic) => (
              <section key={topic.heading} className="mb-6">
                <TopicHeading locale={locale} topic={topic} className="mb-3 text-xl font-semibold text-brand-900" />
                <div className="space-y-6">
                  {topic.standards.map((standard) => (
                    <StandardBlock key={standard.key} standard={standard}>
                      {view.editable ? (
                        <AnswerForm revisionId={revision.id} standardKey={standard.key} initial={view.answers[standard.key]!} />
                      ) : (
                        <AnswerReadonly answer={view.answers[standard.key]!} />
                      )}
                      <div className="mt-4">
                        <EvidenceSection
                          projectId={view.project.id}
                          standardKey={standard.key}
                          readOnly={!view.editable}
                          initialItems={view.evidenceByStandard[standard.key] ?? []}
                          headingLevel={5}
                          heading={t('fields.evidence')}
                          collapsible
                        />
                      </div>
                    </StandardBlock>
                  ))}
                </div>
              </section>
            ))}
          </section>
        ))}

        {view.editable && (
          <SubmitPanel standardKeys={view.standards.map((standard) => standard.key)} action={submitAssessmentAction.bind(null, view.project.id)} />
        )}
      </AssessmentProvider>
    </ClientMessages>
  );
}
