import type { ReviewQueueQuery } from '@/lib/review/list-review-queue-schema';

/**
 * The queue's URL for a filter state: every filter that differs from its default, then sort,
 * direction and page (page 1 and the default order are left out). The filter lives in the URL,
 * so a link, the back button and a reload show the same queue.
 */
export function queueHref(query: ReviewQueueQuery, change: Partial<ReviewQueueQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  for (const status of next.status) params.append('status', status);
  if (next.assigned !== 'all') params.set('assigned', next.assigned);
  if (next.org) params.set('org', next.org);
  if (next.region) params.set('region', next.region);
  if (next.q) params.set('q', next.q);
  if (next.sort !== 'submittedAt' || next.dir !== 'asc') {
    params.set('sort', next.sort);
    params.set('dir', next.dir);
  }
  if (next.page > 1) params.set('page', String(next.page));
  const search = params.toString();
  return search ? `/review?${search}` : '/review';
}
