import { z } from 'zod';

const PROJECT_SORT_KEYS = ['title', 'updatedAt', 'status', 'startDate'] as const;
export type ProjectSortKey = (typeof PROJECT_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export const PROJECTS_PAGE_SIZE = 20;

/** The list's query string (?sort=title&dir=asc&page=2); anything unknown falls back to the default. */
export const listProjectsSchema = z.object({
  sort: z.enum(PROJECT_SORT_KEYS).catch('updatedAt'),
  dir: z.enum(['asc', 'desc']).catch('desc'),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

