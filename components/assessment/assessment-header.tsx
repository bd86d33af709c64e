import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { AssessmentViewData } from '@/lib/assessments/get-assessment-view';
import { RevisionList } from '@/components/assessment/revision-list';

/**
 * The top of every page of a self-assessment (overview and phases): project, status, the
 * revision shown with its catalogue version, the other revisions, and whether it can be changed.
 */
export async function AssessmentHeader({
  view,
  english,
  base = `/projects/${view.project.id}/assessment`,
  back = { href: `/projects/${view.project.id}` },
  title,
}: {
  view: AssessmentViewData;
  english: boolean;
  /** The overview of the pages shown (the review pages pass /review/<assessmentId>). */
  base?: string;
  back?: { href: string; label?: string };
  title?: string;
}) {
  const [t, tStandards, format] = await Promise.all([getTranslations('assessment'), getTranslations('standards'), getFormatter()]);
  const { revision } = view;
  return (
    <>
      <p className="mb-2">
        <Link href={back.href} className="text-brand-800 underline">
          {back.label ?? t('backToProject')}
        </Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold text-brand-900">
        {title ?? `${t('title')}: ${view.project.title}`}
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
      {view.revisions.length > 1 && <RevisionList base={base} revisions={view.revisions} current={revision.number} assessmentId={view.assessment.id} />}
      {!revision.isLatest && (
        <p className="mb-6 rounded bg-yellow-50 p-3">
          {t('viewingOlder')}{' '}
          <Link href={base} className="text-brand-800 underline">
            {t('showLatest')}
          </Link>
        </p>
      )}
      {revision.isLatest && !view.editable && (
        <p className="mb-6 rounded bg-brand-50 p-3 font-medium" data-testid="read-only-notice">
          {t('readOnly')}
        </p>
      )}
    </>
  );
}
