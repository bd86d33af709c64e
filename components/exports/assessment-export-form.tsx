import { getTranslations } from 'next-intl/server';
import type { ReviewQueueQuery } from '@/lib/review/list-review-queue-schema';
import { buttonClass } from '@/components/ui/button-classes';
import { QueueFilterFields } from '@/components/review-queue/queue-filter-fields';

/**
 * The administrators' export (/admin/exports): the queue's filters (without responsibility) and
 * one submit button per format, as a plain GET form to the route handler — no JavaScript; the
 * browser downloads the file and stays on the page.
 */
export async function AssessmentExportForm({ query, organisations }: { query: ReviewQueueQuery; organisations: { id: string; name: string }[] }) {
  const t = await getTranslations('exports');
  return (
    <form method="get" action="/api/exports/assessments" aria-labelledby="export-filters-heading" className="max-w-5xl rounded border border-gray-300 p-4">
      <h2 id="export-filters-heading" className="mb-3 text-xl font-semibold">
        {t('filtersHeading')}
      </h2>
      <QueueFilterFields query={query} organisations={organisations} assignment={false} idPrefix="export" />
      <h2 id="export-download-heading" className="mt-6 mb-2 text-xl font-semibold">
        {t('downloadHeading')}
      </h2>
      <ul className="mb-4 list-disc space-y-1 pl-5 text-sm">
        <li id="export-format-xlsx">{t('formats.xlsx')}</li>
        <li id="export-format-csv">{t('formats.csv')}</li>
      </ul>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="format" value="xlsx" className={buttonClass('primary', 'sm')} aria-describedby="export-format-xlsx">
          {t('control.xlsx')}
        </button>
        <button type="submit" name="format" value="csv" className={buttonClass('secondary', 'sm')} aria-describedby="export-format-csv">
          {t('control.csv')}
        </button>
        <button type="submit" name="format" value="csv-answers" className={buttonClass('secondary', 'sm')} aria-describedby="export-format-csv">
          {t('control.csvAnswers')}
        </button>
      </div>
    </form>
  );
}
