import { z } from 'zod';
import { REGIONS } from '@/lib/projects/regions';
import { TARGET_GROUPS } from '@/lib/projects/target-groups';

/** The assessment statuses the dashboard can filter by (every one a submitted self-assessment can have). */
export const DASHBOARD_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'DRAFT'] as const;

/** The heatmap's columns: one per project (self-assessment) or one per organisation (its projects aggregated). */
export const HEATMAP_COLUMNS = ['projects', 'organisations'] as const;
export type HeatmapColumns = (typeof HEATMAP_COLUMNS)[number];

/** Columns per heatmap page: 50 × 22 cells keep the page light (docs/decisions/029-dashboard.md). */
export const HEATMAP_PAGE_SIZE = 50;

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The dashboard's query string (/review/dashboard?columns=organisations&status=…&region=…&group=…&version=2&page=3).
 * Anything unknown or malformed falls back to its default (no filter, projects, page 1), never to an error.
 */
export const dashboardQuerySchema = z.object({
  columns: z.preprocess(single, z.enum(HEATMAP_COLUMNS).catch('projects')),
  status: z.preprocess(single, z.enum(DASHBOARD_STATUSES).optional().catch(undefined)),
  region: z.preprocess(single, z.enum(REGIONS).optional().catch(undefined)),
  group: z.preprocess(single, z.enum(TARGET_GROUPS).optional().catch(undefined)),
  version: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).optional().catch(undefined)),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).catch(1)),
});

export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;
