import { z } from 'zod';
import { noNul } from '@/lib/forms/text-checks';
import { REGIONS } from '@/lib/projects/regions';

/** The statuses a self-assessment in the queue can have (never DRAFT: see `assessmentScope`). */
export const QUEUE_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export const QUEUE_SORT_KEYS = ['project', 'organisation', 'submittedAt', 'status', 'assignee'] as const;
export type QueueSortKey = (typeof QUEUE_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** „Alle“ · „Mir zugewiesen“ · „Nicht zugewiesen“. */
export const QUEUE_ASSIGNMENTS = ['all', 'me', 'none'] as const;
export type QueueAssignment = (typeof QUEUE_ASSIGNMENTS)[number];

export const REVIEW_QUEUE_PAGE_SIZE = 50;

/** One value of a query parameter that may be repeated (`?status=A&status=B`) or given once. */
const list = (values: unknown) => (Array.isArray(values) ? values : values === undefined ? [] : [values]);
const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The queue's query string (/review?status=SUBMITTED&assigned=none&org=…&region=…&q=…&sort=…&dir=…&page=…).
 * Anything unknown or malformed falls back to its default, never to an error: a shared or
 * hand-edited link still shows the queue. Default order: oldest submission first (who has waited
 * longest comes first; docs/decisions/016-review-queue.md).
 */
export const listReviewQueueSchema = z.object({
  status: z.preprocess(
    (value) => [...new Set(list(value).filter((item): item is QueueStatus => (QUEUE_STATUSES as readonly unknown[]).includes(item)))],
    z.array(z.enum(QUEUE_STATUSES)),
  ),
  assigned: z.preprocess(single, z.enum(QUEUE_ASSIGNMENTS).catch('all')),
  org: z.preprocess(single, z.string().check(noNul).trim().min(1).max(100).optional().catch(undefined)),
  region: z.preprocess(single, z.enum(REGIONS).optional().catch(undefined)),
  q: z.preprocess(
    (value) => (typeof single(value) === 'string' ? (single(value) as string).trim().slice(0, 200) || undefined : undefined),
    z.string().check(noNul).optional(),
  ),
  sort: z.preprocess(single, z.enum(QUEUE_SORT_KEYS).catch('submittedAt')),
  dir: z.preprocess(single, z.enum(['asc', 'desc']).catch('asc')),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).catch(1)),
});

export type ReviewQueueQuery = z.infer<typeof listReviewQueueSchema>;
