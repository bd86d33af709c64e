import { db } from '@/lib/db';
import type { AnswerStatus } from '@/lib/generated/prisma/enums';
import type { ScopeActor } from '@/lib/auth/scope';
import { HEATMAP_PAGE_SIZE, type DashboardQuery } from '@/lib/insight/dashboard-query-schema';
import { selectionCte } from '@/lib/insight/selection-sql';

/**
 * Answer statuses from the most to the least critical: an organisation's cell shows the most
 * critical status among its projects (and how many of them have it).
 */
export const STATUS_SEVERITY = ['NOT_FULFILLED', 'PARTIALLY_FULFILLED', 'OPEN', 'NOT_APPLICABLE', 'FULFILLED'] as const satisfies readonly AnswerStatus[];

export type { AnswerStatus };

/** One heatmap cell: the (most critical) answer status, how many projects have it, of how many answering. */
export type HeatmapCell = { status: AnswerStatus; count: number; of: number };

type ColumnRow = { id: string; label: string; organisationName: string | null; projects: number; cells: { key: string; status: AnswerStatus; count: number }[] };

/** The cells of one column by standard key, from its rows of (key, status, count). */
function toCells(rows: ColumnRow['cells']): Record<string, HeatmapCell> {
  const byKey = new Map<string, ColumnRow['cells']>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  return Object.fromEntries(
    [...byKey].map(([key, statuses]) => {
      const worst = STATUS_SEVERITY.map((status) => statuses.find((entry) => entry.status === status)).find(Boolean)!;
      return [key, { status: worst.status, count: worst.count, of: statuses.reduce((sum, entry) => sum + entry.count, 0) }];
    }),
  );
}

/**
 * One page of heatmap columns (50) in ONE statement: per project its self-assessment (ordered by
 * title, then organisation) with the status of each answer of its latest submitted revision; or
 * per organisation (ordered by name) the number of its projects in the selection and, per
 * standard and status, how many of their latest submitted revisions answer so (GROUP BY).
 */
export async function getHeatmapColumns({ actor, filters, page }: { actor: ScopeActor; filters: DashboardQuery; page: number }) {
  const offset = (page - 1) * HEATMAP_PAGE_SIZE;
  const rows =
    filters.columns === 'projects'
      ? await db.$queryRaw<ColumnRow[]>`
        WITH ${selectionCte(actor, filters)},
        cols AS (
          SELECT sel."assessmentId" AS "id", sel."title" AS "label", o."name" AS "organisationName", sel."revisionId"
          FROM sel JOIN "Organisation" o ON o."id" = sel."organisationId"
          ORDER BY sel."title", o."name", sel."assessmentId"
          LIMIT ${HEATMAP_PAGE_SIZE} OFFSET ${offset}
        )
        SELECT cols."id", cols."label", cols."organisationName", 1 AS "projects",
          (SELECT coalesce(json_agg(json_build_object('key', a."standardKey", 'status', a."status", 'count', 1)), '[]'::json)
             FROM "Answer" a WHERE a."revisionId" = cols."revisionId") AS "cells"
        FROM cols
        ORDER BY cols."label", cols."organisationName", cols."id"`
      : await db.$queryRaw<ColumnRow[]>`
        WITH ${selectionCte(actor, filters)},
        cols AS (
          SELECT o."id", o."name" AS "label", count(*)::int AS "projects"
          FROM sel JOIN "Organisation" o ON o."id" = sel."organisationId"
          GROUP BY o."id", o."name"
          ORDER BY o."name", o."id"
          LIMIT ${HEATMAP_PAGE_SIZE} OFFSET ${offset}
        )
        SELECT cols."id", cols."label", NULL AS "organisationName", cols."projects",
          (SELECT coalesce(json_agg(json_build_object('key', x."key", 'status', x."status", 'count', x."n")), '[]'::json) FROM (
             SELECT a."standardKey" AS "key", a."status", count(*)::int AS "n"
             FROM sel JOIN "Answer" a ON a."revisionId" = sel."revisionId"
             WHERE sel."organisationId" = cols."id"
             GROUP BY 1, 2) x) AS "cells"
        FROM cols
        ORDER BY cols."label", cols."id"`;
  return rows.map((row) => ({ id: row.id, label: row.label, organisationName: row.organisationName, projects: row.projects, cells: toCells(row.cells) }));
}

export type HeatmapColumn = Awaited<ReturnType<typeof getHeatmapColumns>>[number];
