import { Prisma } from '@/lib/generated/prisma/client';
import { insightScopeSql, type ScopeActor } from '@/lib/auth/scope';
import type { DashboardQuery } from '@/lib/insight/dashboard-query-schema';

/**
 * The CTE `sel` every dashboard statement starts from: one row per self-assessment the actor may
 * count (scope first) that matches the filters, with its project's region, target group and
 * organisation and its LATEST SUBMITTED revision (`revisionId`) — a later draft never counts,
 * and the catalogue-version filter applies to that revision. Materialised: each statement reads
 * it several times.
 */
export function selectionCte(actor: ScopeActor, filters: DashboardQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [insightScopeSql(actor, 'a')];
  if (filters.status) conditions.push(Prisma.sql`a."status" = CAST(${filters.status} AS "AssessmentStatus")`);
  if (filters.region) conditions.push(Prisma.sql`p."region" = ${filters.region}`);
  if (filters.group) conditions.push(Prisma.sql`p."targetGroup" = CAST(${filters.group} AS "TargetGroup")`);
  if (filters.version !== undefined) {
    conditions.push(Prisma.sql`r."catalogueVersionId" IN (SELECT "id" FROM "CatalogueVersion" WHERE "number" = ${filters.version})`);
  }
  return Prisma.sql`sel AS MATERIALIZED (
    SELECT a."id" AS "assessmentId", a."status", p."title", p."region", p."targetGroup", p."organisationId", r."id" AS "revisionId"
    FROM "Assessment" a
    JOIN "Project" p ON p."id" = a."projectId"
    CROSS JOIN LATERAL (
      SELECT "id", "catalogueVersionId" FROM "Revision"
      WHERE "assessmentId" = a."id" AND "status" = 'SUBMITTED'
      ORDER BY "number" DESC LIMIT 1
    ) r
    WHERE ${Prisma.join(conditions, ' AND ')}
  )`;
}
