import type { AssessmentExportFormat } from '@/lib/export/export-formats';
import type { ReviewQueueQuery } from '@/lib/review/list-review-queue-schema';
import { queueHref } from '@/components/review-queue/queue-href';

/** The export of a queue's filter state (app/api/exports/assessments/route.ts): the queue's own query string plus `format`. */
export function assessmentExportHref(query: ReviewQueueQuery, format: AssessmentExportFormat): string {
  const search = new URLSearchParams(queueHref({ ...query, page: 1 }).split('?')[1] ?? '');
  search.set('format', format);
  return `/api/exports/assessments?${search.toString()}`;
}
