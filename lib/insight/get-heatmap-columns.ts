import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
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

/**
 * The page of columns as the statement returns it: a project's cells as `{ standardKey: status }`,
 * an organisation's as `[standardKey, status, count]` per standard and status.
 */
type HeatmapColumnsRow = {
  count: number;
  page: number;
  columns: { id: string; label: string; organisationName: string | null; projects: number; cells: Record<string, AnswerStatus> | [string, AnswerStatus, number][] }[];
};

/**
 * The CTEs that pick one page of heatmap columns from `sel`: `hm_page` — how many columns there
 * are and the page shown (the requested one, or the last when it lies beyond) — and `hm_cols`,
 * that page's 50 columns: projects by title, then organisation; or organisations by name with
 * the number of their selected projects.
 */
function pageCtes(filters: DashboardQuery): Prisma.Sql {
  const count = filters.columns === 'projects' ? Prisma.sql`count(*)` : Prisma.sql`count(DISTINCT "organisationId")`;
  const offset = Prisma.sql`(SELECT ("page" - 1) * ${HEATMAP_PAGE_SIZE} FROM hm_page)`;
  const page = Prisma.sql`hm_page AS (
    SELECT "n", LEAST(${filters.page}, GREATEST(1, CEIL("n" / ${HEATMAP_PAGE_SIZE}::numeric)::int)) AS "page"
    FROM (SELECT ${count}::int AS "n" FROM sel) c
  )`;
  if (filters.columns === 'projects') {
    return Prisma.sql`${page},
    hm_cols AS (
      SELECT sel."assessmentId" AS "id", sel."title" AS "label", o."name" AS "organisationName", 1 AS "projects", sel."revisionId"
      FROM sel JOIN "Organisation" o ON o."id" = sel."organisationId"
      ORDER BY sel."title", o."name", sel."assessmentId"
      LIMIT ${HEATMAP_PAGE_SIZE} OFFSET ${offset}
    )`;
  }
  return Prisma.sql`${page},
    hm_cols AS MATERIALIZED (
      SELECT o."id", o."name" AS "label", NULL::text AS "organisationName", x."projects"
      FROM (SELECT "organisationId", count(*)::int AS "projects" FROM sel GROUP BY 1) x
      JOIN "Organisation" o ON o."id" = x."organisationId"
      ORDER BY o."name", o."id"
      LIMIT ${HEATMAP_PAGE_SIZE} OFFSET ${offset}
    )`;
}

/**
 * The page of columns as one JSON value (`HeatmapColumnsRow`): a project's cells are the answers
 * of its latest submitted revision (index-only on `Answer(revisionId, standardKey, status)`); an
 * organisation's are counted per standard and status over its selected projects in ONE grouped
 * join for the whole page (not a scan of the selection per organisation).
 */
function pageSelect(filters: DashboardQuery): Prisma.Sql {
  const cells =
    filters.columns === 'projects'
      ? Prisma.sql`SELECT hm_cols.*, (SELECT json_object_agg(a."standardKey", a."status") FROM "Answer" a WHERE a."revisionId" = hm_cols."revisionId") AS "cells"
          FROM hm_cols`
      : Prisma.sql`SELECT hm_cols."id", hm_cols."label", hm_cols."organisationName", hm_cols."projects",
            json_agg(json_build_array(x."key", x."status", x."n")) FILTER (WHERE x."key" IS NOT NULL) AS "cells"
          FROM hm_cols LEFT JOIN (
            SELECT sel."organisationId", a."standardKey" AS "key", a."status", count(*)::int AS "n"
            FROM sel JOIN "Answer" a ON a."revisionId" = sel."revisionId"
            WHERE sel."organisationId" IN (SELECT "id" FROM hm_cols)
            GROUP BY 1, 2, 3
          ) x ON x."organisationId" = hm_cols."id"
          GROUP BY 1, 2, 3, 4`;
  const order = filters.columns === 'projects' ? Prisma.sql`c."label", c."organisationName", c."id"` : Prisma.sql`c."label", c."id"`;
  return Prisma.sql`(SELECT json_build_object('count', hm_page."n", 'page', hm_page."page", 'columns', (
      SELECT coalesce(json_agg(json_build_object('id', c."id", 'label', c."label", 'organisationName', c."organisationName", 'projects', c."projects", 'cells', coalesce(c."cells", '{}'::json)) ORDER BY ${order}), '[]'::json)
      FROM (${cells}) c))
    FROM hm_page)`;
}

/** The cells of one column by standard key: a project's status, or the most critical of an organisation's with its count of how many. */
function toCells(cells: HeatmapColumnsRow['columns'][number]['cells']): Record<string, HeatmapCell> {
  if (!Array.isArray(cells)) {
    const result: Record<string, HeatmapCell> = {};
    for (const key in cells) result[key] = { status: cells[key]!, count: 1, of: 1 };
    return result;
  }
  const byKey = new Map<string, { worst: number; count: number; of: number }>();
  for (const [key, status, count] of cells) {
    const severity = STATUS_SEVERITY.indexOf(status as (typeof STATUS_SEVERITY)[number]);
    const entry = byKey.get(key);
    if (!entry) byKey.set(key, { worst: severity, count, of: count });
    else {
      entry.of += count;
      if (severity < entry.worst) Object.assign(entry, { worst: severity, count });
    }
  }
  return Object.fromEntries([...byKey].map(([key, { worst, count, of }]) => [key, { status: STATUS_SEVERITY[worst]!, count, of }]));
}

/**
 * One page of heatmap columns (50) in ONE statement over the selection (`selectionCte`), which
 * also counts the columns and keeps the page within bounds (a page beyond the last shows the
 * last), so it runs beside the figures instead of after them: per project its self-assessment
 * (ordered by title, then organisation) with the status of each answer of its latest submitted
 * revision; or per organisation (ordered by name) the number of its projects in the selection
 * and, per standard, the most critical status among them with how many of how many answer so.
 */
export async function getHeatmapColumns({ actor, filters }: { actor: ScopeActor; filters: DashboardQuery }) {
  const [{ heatmap }] = await db.$queryRaw<[{ heatmap: HeatmapColumnsRow }]>`
    WITH ${selectionCte(actor, filters)},
    ${pageCtes(filters)}
    SELECT ${pageSelect(filters)} AS "heatmap"`;
  return {
    columnCount: heatmap.count,
    page: heatmap.page,
    columns: heatmap.columns.map((column) => ({ id: column.id, label: column.label, organisationName: column.organisationName, projects: column.projects, cells: toCells(column.cells) })),
  };
}

export type HeatmapColumn = Awaited<ReturnType<typeof getHeatmapColumns>>['columns'][number];
