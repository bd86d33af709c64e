import { db } from '@/lib/db';
import type { ScopeActor } from '@/lib/auth/scope';
import { CATALOGUE_OUTLINE_SELECT } from '@/lib/catalogue/catalogue-tree-select';
import { PHASE_SLUGS } from '@/lib/catalogue/phase-slug';
import { dashboardQuerySchema, HEATMAP_PAGE_SIZE } from '@/lib/insight/dashboard-query-schema';
import { getDashboardFigures } from '@/lib/insight/get-dashboard-figures';
import { getHeatmapColumns } from '@/lib/insight/get-heatmap-columns';

/**
 * Everything /review/dashboard shows („Übersicht“, `insight:read`), for officers and
 * administrators: the figures and the heatmap of the self-assessments the filters select, each
 * counted on its latest submitted revision (docs/decisions/029-dashboard.md). Three statements,
 * at once, whatever the data: the published catalogue versions with their outline (the filter's
 * choices and the heatmap's rows: the filtered version's, else the newest), the figures (one
 * aggregate statement) and one page of heatmap columns (one statement, which counts the columns
 * itself: a page beyond the last shows the last).
 */
export async function getDashboard({ actor, query = {}, now = new Date() }: { actor: ScopeActor; query?: unknown; now?: Date }) {
  const filters = dashboardQuerySchema.parse(query);
  const [versions, figures, { columns, columnCount, page }] = await Promise.all([
    db.catalogueVersion.findMany({
      where: { status: 'PUBLISHED' },
      orderBy: { number: 'desc' },
      select: { number: true, phases: CATALOGUE_OUTLINE_SELECT },
    }),
    getDashboardFigures({ actor, filters, now }),
    getHeatmapColumns({ actor, filters }),
  ]);
  const shown = versions.find((version) => version.number === filters.version) ?? versions[0];
  const pageCount = Math.max(1, Math.ceil(columnCount / HEATMAP_PAGE_SIZE));
  const phases = (shown?.phases ?? []).map((phase) => ({
    key: phase.key,
    slug: PHASE_SLUGS[phase.key],
    title: phase.title,
    titleEn: phase.titleEn,
    topics: phase.topics.map((topic) => ({ id: topic.id, heading: topic.heading, headingEn: topic.headingEn, standards: topic.standards.map(({ key, number }) => ({ key, number })) })),
  }));
  return {
    filters: { ...filters, page },
    versions: versions.map((version) => version.number),
    figures,
    heatmap: { versionNumber: shown?.number ?? null, phases, columns, columnCount, page, pageCount, pageSize: HEATMAP_PAGE_SIZE },
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
export type DashboardHeatmap = Dashboard['heatmap'];
