import { requireApiPermission } from '@/lib/auth/api-guards';
import { parseRevisionQuery } from '@/lib/assessments/assessment-links';
import { exportProjectAssessment } from '@/lib/export/export-project-assessment';
import { downloadHeaders } from '@/lib/export/table';
import { toErrorResponse } from '@/lib/forms/to-action-failure';
import { readLocaleCookie } from '@/lib/i18n/locale-cookie';

export const dynamic = 'force-dynamic';

/**
 * The applicant's „Exportieren“ of a self-assessment (`?revision=N`, else the latest) as XLSX
 * (lib/export/export-project-assessment.ts). Permission `project:read`; a project the caller may
 * not see → 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  const guard = await requireApiPermission('project:read', request);
  if (guard.response) return guard.response;
  try {
    const { projectId } = await params;
    const revisionNumber = parseRevisionQuery(new URL(request.url).searchParams.get('revision') ?? undefined);
    const { fileName, contentType, body } = await exportProjectAssessment({ actor: guard.user, projectId, revisionNumber, locale: await readLocaleCookie() });
    return new Response(body, { headers: downloadHeaders(fileName, contentType) });
  } catch (error) {
    return toErrorResponse(error, 'projects/assessment/export');
  }
}
