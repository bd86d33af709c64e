import { Prisma } from '@/lib/generated/prisma/client';
import { assessmentScopeSql, exportableAssessmentScopeSql, type ScopeActor } from '@/lib/auth/scope';
import type { ReviewQueueQuery } from '@/lib/review/list-review-queue-schema';

/** `%text%` for ILIKE, with the pattern characters of the text taken literally. */
const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/**
 * The review queue's filters (lib/review/list-review-queue-schema.ts) as one WHERE condition on
 * Assessment `a` and Project `p`, scope first: the queue's own (`review`, officers) or the
 * exports' (`export`, officers and administrators: lib/export/export-assessments.ts). The queue
 * page and the exports share it, so an export holds exactly what the queue shows.
 */
export function reviewQueueCondition({
  actor,
  filters,
  scope = 'review',
}: {
  actor: ScopeActor;
  filters: Pick<ReviewQueueQuery, 'status' | 'assigned' | 'org' | 'region' | 'q'>;
  scope?: 'review' | 'export';
}): Prisma.Sql {
  const conditions: Prisma.Sql[] = [scope === 'review' ? assessmentScopeSql(actor, 'a') : exportableAssessmentScopeSql(actor, 'a')];
  if (filters.status.length > 0) {
    conditions.push(Prisma.sql`a."status" IN (${Prisma.join(filters.status.map((status) => Prisma.sql`CAST(${status} AS "AssessmentStatus")`))})`);
  }
  if (filters.assigned === 'me') conditions.push(Prisma.sql`a."assignedToId" = ${actor.id}`);
  if (filters.assigned === 'none') conditions.push(Prisma.sql`a."assignedToId" IS NULL`);
  if (filters.org) conditions.push(Prisma.sql`p."organisationId" = ${filters.org}`);
  if (filters.region) conditions.push(Prisma.sql`p."region" = ${filters.region}`);
  if (filters.q) {
    // Two subqueries instead of `p.title ILIKE … OR o.name ILIKE …`: each can use its trigram index.
    const pattern = containsPattern(filters.q);
    conditions.push(Prisma.sql`(p."id" IN (SELECT "id" FROM "Project" WHERE "title" ILIKE ${pattern})
      OR p."organisationId" IN (SELECT "id" FROM "Organisation" WHERE "name" ILIKE ${pattern}))`);
  }
  return Prisma.join(conditions, ' AND ');
}
