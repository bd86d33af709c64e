import type { AuditFilters } from '@/lib/audit/list-audit-events-schema';

/** The filters as query parameters (only those set), in the order of the form. */
function filterParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['actor', 'action', 'type', 'subject', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

/**
 * The log's URL for a filter state and, optionally, a cursor (`before`: older entries, `after`:
 * newer ones). The state lives in the URL: a link, the back button and a reload show the same page.
 */
export function auditHref(filters: AuditFilters, cursor: { before?: string; after?: string } = {}): string {
  const params = filterParams(filters);
  if (cursor.before) params.set('before', cursor.before);
  else if (cursor.after) params.set('after', cursor.after);
  const search = params.toString();
  return search ? `/admin/audit?${search}` : '/admin/audit';
}

/** The CSV export of the same filters (app/api/admin/audit/export/route.ts). */
export function auditExportHref(filters: AuditFilters): string {
  const search = filterParams(filters).toString();
  return `/api/admin/audit/export${search ? `?${search}` : ''}`;
}
