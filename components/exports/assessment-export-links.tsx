import { getTranslations } from 'next-intl/server';
import type { ReviewQueueQuery } from '@/lib/review/list-review-queue-schema';
import { buttonClass } from '@/components/ui/button-classes';
import { assessmentExportHref } from '@/components/exports/export-href';

/**
 * „Exportieren“ on the review queue: the self-assessments of the current filters as XLSX or CSV
 * (downloads from a route handler, so plain links; ADR 028).
 */
export async function AssessmentExportLinks({ query }: { query: ReviewQueueQuery }) {
  const t = await getTranslations('exports');
  const links = [
    { format: 'xlsx', label: t('control.xlsx') },
    { format: 'csv', label: t('control.csv') },
    { format: 'csv-answers', label: t('control.csvAnswers') },
  ] as const;
  return (
    <section aria-labelledby="assessment-export-heading" className="mb-6 flex flex-wrap items-center gap-x-3 gap-y-2">
      <h2 id="assessment-export-heading" className="mr-1 text-lg font-semibold">
        {t('control.heading')}
      </h2>
      {links.map((link) => (
        <a key={link.format} href={assessmentExportHref(query, link.format)} download className={buttonClass('secondary', 'compact')} aria-describedby="assessment-export-hint">
          {link.label}
        </a>
      ))}
      <p id="assessment-export-hint" className="w-full text-sm text-muted">
        {t('control.hint')}
      </p>
    </section>
  );
}
