import { requireApiPermission } from '@/lib/auth/api-guards';
import { exportAssessments } from '@/lib/export/export-assessments';
import { downloadHeaders } from '@/lib/export/table';
import { toErrorResponse } from '@/lib/forms/to-action-failure';
import { readLocaleCookie } from '@/lib/i18n/locale-cookie';

export const dynamic = 'force-dynamic';

/** The query string as the review queue reads it: repeated parameters (`status`) stay lists. */
function queryOf(request: Request): Record<string, string | string[]> {
  const params = new URL(request.url).searchParams;
  return Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key).length === 1 ? params.get(key)! : params.getAll(key)]));
}

/**
 * „Exportieren“ of the self-assessments (the queue at /review, /admin/exports): the review queue's
 * filters plus `format` (`xlsx`, `csv`, `csv-answers`), streamed (lib/export/export-assessments.ts).
 * Permission `assessments:export` (officers, administrators): anonymous → 401, applicants → 403.
 */
export async function GET(request: Request) {
  const guard = await requireApiPermission('assessments:export', request);
  if (guard.response) return guard.response;
  try {
    const { fileName, contentType, body } = await exportAssessments({ actor: guard.user, query: queryOf(request), locale: await readLocaleCookie() });
    return new Response(body, { headers: downloadHeaders(fileName, contentType) });
  } catch (error) {
    return toErrorResponse(error, 'exports/assessments');
  }
}
