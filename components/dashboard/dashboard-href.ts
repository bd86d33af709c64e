import type { DashboardQuery } from '@/lib/insight/dashboard-query-schema';

/** The dashboard's URL for a selection: every filter that differs from its default (page 1 and project columns left out). */
export function dashboardHref(query: DashboardQuery, change: Partial<DashboardQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.columns !== 'projects') params.set('columns', next.columns);
  if (next.status) params.set('status', next.status);
  if (next.region) params.set('region', next.region);
  if (next.group) params.set('group', next.group);
  if (next.version !== undefined) params.set('version', String(next.version));
  if (next.page > 1) params.set('page', String(next.page));
  const search = params.toString();
  return search ? `/review/dashboard?${search}` : '/review/dashboard';
}
