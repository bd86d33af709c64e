import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AssessmentStatus } from '@/lib/generated/prisma/enums';
import type { ScopeActor } from '@/lib/auth/scope';
import { reviewQueueCondition } from '@/lib/review/review-queue-condition';
import { getSettings } from '@/lib/settings/get-settings';
import { displayName } from '@/lib/users/display-name';
import {
  listReviewQueueSchema,
  REVIEW_QUEUE_PAGE_SIZE,
  type QueueSortKey,
  type SortDirection,
} from '@/lib/review/list-review-queue-schema';

const DAY = 86_400_000;

type QueueRow = {
  id: string;
  status: AssessmentStatus;
  submittedAt: Date;
  assignedToId: string | null;
  assigneeName: string | null;
  assigneeErasedAt?: Date | null;
  projectId: string;
  title: string;
  organisationName: string;
  revisionNumber: number;
  notFulfilled: number;
  partiallyFulfilled: number;
  needsRevision: number;
};

/** The output column each sort key orders by (the same names in the page query and around it). */
const SORT_COLUMN: Record<QueueSortKey, string> = {
  project: '"title"',
  organisation: '"organisationName"',
  submittedAt: '"submittedAt"',
  status: '"status"',
  assignee: '"assigneeName"',
};

/** ORDER BY on the page's output columns; ties by submission time, then id: pages neither repeat nor skip rows. */
function orderBy(sort: QueueSortKey, dir: SortDirection): Prisma.Sql {
  const direction = dir === 'asc' ? 'ASC' : 'DESC';
  // Unassigned last in both directions: the filter „Nicht zugewiesen“ finds them.
  const primary = `${SORT_COLUMN[sort]} ${direction}${sort === 'assignee' ? ' NULLS LAST' : ''}`;
  return Prisma.raw(sort === 'submittedAt' ? `${primary}, "id" ${direction}` : `${primary}, "submittedAt" ASC, "id" ASC`);
}

/**
 * One page (50 rows) of the review queue (/review): every self-assessment the actor may review
 * (`assessmentScopeSql`: submitted at least once), filtered, sorted, with per row the project,
 * organisation, the latest submitted revision's number, the submission time, status, assigned
 * officer, the revision's answers „Nicht erfüllt“ / „Teilweise erfüllt“ and its verdicts
 * „Überarbeitung nötig“. Two statements whatever the size: the count, and the page (the
 * counts are computed for the page's 50 rows only, after LIMIT), plus the settings for the
 * highlight (`review.highlightDays`): a submission nobody has taken that has waited longer is
 * `highlighted`. A page beyond the last shows the last.
 */
export async function listReviewQueue({
  actor,
  query = {},
  now = new Date(),
  locale,
}: {
  actor: ScopeActor;
  query?: unknown;
  now?: Date;
  /** The reader's language, for the names of erased people (lib/users/display-name.ts). */
  locale?: string;
}) {
  const filters = listReviewQueueSchema.parse(query);
  const condition = reviewQueueCondition({ actor, filters });
  const [countRows, settings] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS "total"
      FROM "Assessment" a JOIN "Project" p ON p."id" = a."projectId"
      WHERE ${condition}`,
    getSettings(),
  ]);
  const total = countRows[0]?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / REVIEW_QUEUE_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const order = orderBy(filters.sort, filters.dir);

  const rows =
    total === 0
      ? []
      : await db.$queryRaw<QueueRow[]>`
      SELECT q.*,
        (SELECT count(*) FROM "Answer" x WHERE x."revisionId" = q."revisionId" AND x."status" = 'NOT_FULFILLED')::int AS "notFulfilled",
        (SELECT count(*) FROM "Answer" x WHERE x."revisionId" = q."revisionId" AND x."status" = 'PARTIALLY_FULFILLED')::int AS "partiallyFulfilled",
        (SELECT count(*) FROM "StandardVerdict" v WHERE v."revisionId" = q."revisionId" AND v."verdict" = 'NEEDS_REVISION')::int AS "needsRevision"
      FROM (
        SELECT a."id", a."status", a."submittedAt", a."assignedToId", u."name" AS "assigneeName", u."erasedAt" AS "assigneeErasedAt",
          p."id" AS "projectId", p."title", o."name" AS "organisationName",
          r."id" AS "revisionId", r."number" AS "revisionNumber"
        FROM "Assessment" a
        JOIN "Project" p ON p."id" = a."projectId"
        JOIN "Organisation" o ON o."id" = p."organisationId"
        LEFT JOIN "User" u ON u."id" = a."assignedToId"
        CROSS JOIN LATERAL (
          SELECT "id", "number" FROM "Revision"
          WHERE "assessmentId" = a."id" AND "status" = 'SUBMITTED'
          ORDER BY "number" DESC LIMIT 1
        ) r
        WHERE ${condition}
        ORDER BY ${order}
        LIMIT ${REVIEW_QUEUE_PAGE_SIZE} OFFSET ${(page - 1) * REVIEW_QUEUE_PAGE_SIZE}
      ) q
      ORDER BY ${order}`;

  const highlightDays = settings['review.highlightDays'];
  return {
    rows: rows.map(({ revisionId: _revisionId, assigneeErasedAt, ...row }: QueueRow & { revisionId?: string }) => {
      const waiting = now.getTime() - row.submittedAt.getTime();
      const waitingDays = Math.max(0, Math.floor(waiting / DAY));
      const assigneeName = row.assigneeName === null ? null : displayName({ name: row.assigneeName, erasedAt: assigneeErasedAt ?? null }, locale);
      return { ...row, assigneeName, waitingDays, highlighted: row.status === 'SUBMITTED' && row.assignedToId === null && waiting > highlightDays * DAY };
    }),
    total,
    page,
    pageCount,
    pageSize: REVIEW_QUEUE_PAGE_SIZE,
    filters: { ...filters, page },
    highlightDays,
  };
}

export type ReviewQueue = Awaited<ReturnType<typeof listReviewQueue>>;
export type ReviewQueueRow = ReviewQueue['rows'][number];
