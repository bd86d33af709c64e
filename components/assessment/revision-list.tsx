import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { revisionPdfHref } from '@/lib/export/revision-pdf-href';

type RevisionSummary = {
  number: number;
  status: 'DRAFT' | 'SUBMITTED';
  submittedAt: Date | null;
  withdrawnAt: Date | null;
  catalogueVersion: { number: number };
};

/** All revisions of the self-assessment, each with its catalogue version and its PDF (ADR 027); earlier ones stay readable. */
export async function RevisionList({ base, revisions, current, assessmentId }: { base: string; revisions: RevisionSummary[]; current: number; assessmentId: string }) {
  const [t, tPdf, format] = await Promise.all([getTranslations('assessment'), getTranslations('pdf'), getFormatter()]);
  return (
    <nav aria-label={t('revisions')} className="mb-4">
      <ul className="flex flex-wrap gap-3 text-sm">
        {revisions.map((revision) => {
          const label =
            revision.status === 'SUBMITTED' && revision.submittedAt
              ? t(revision.withdrawnAt ? 'revisionWithdrawn' : 'revisionSubmitted', {
                  number: revision.number,
                  date: format.dateTime(revision.submittedAt, { dateStyle: 'short' }),
                })
              : t('revisionDraft', { number: revision.number });
          const version = t('catalogueVersion', { number: revision.catalogueVersion.number });
          return (
            <li key={revision.number}>
              <Link
                href={`${base}?revision=${revision.number}`}
                aria-current={revision.number === current ? 'page' : undefined}
                className={revision.number === current ? 'font-semibold text-brand-900' : 'text-brand-800 underline'}
              >
                {label}
              </Link>{' '}
              <span className="text-muted">({version})</span>{' '}
              <a
                href={revisionPdfHref({ assessmentId, revisionNumber: revision.number })}
                download
                className="text-brand-800 underline"
                aria-label={tPdf('downloadRevision', { number: revision.number })}
                data-testid={`revision-pdf-${revision.number}`}
              >
                PDF
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
