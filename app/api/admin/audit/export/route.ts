import { requireApiPermission } from '@/lib/auth/api-guards';
import { exportAuditEvents } from '@/lib/audit/export-audit-events';
import { csvHeaders } from '@/lib/export/csv';
import { toErrorResponse } from '@/lib/forms/to-action-failure';
import { readLocaleCookie } from '@/lib/i18n/locale-cookie';

export const dynamic = 'force-dynamic';

/**
 * „Als CSV exportieren“ of the audit log (/admin/audit): the entries matching the same query
 * string as the viewer, streamed (lib/audit/export-audit-events.ts). Permission `audit:read`:
 * anonymous → 401, other roles → 403 (JSON, lib/auth/api-guards.ts).
 */
export async function GET(request: Request) {
  const guard = await requireApiPermission('audit:read', request);
  if (guard.response) return guard.response;
  try {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const { fileName, body } = await exportAuditEvents({ query, locale: await readLocaleCookie() });
    return new Response(body, { headers: csvHeaders(fileName) });
  } catch (error) {
    return toErrorResponse(error, 'audit/export');
  }
}
