import { isCrossOriginRequest, requireApiPermission } from '@/lib/auth/api-guards';
import { evidenceErrorResponse } from '@/lib/evidence/evidence-error-response';
import { removeEvidence } from '@/lib/evidence/remove-evidence';

export const dynamic = 'force-dynamic';

/** Removes evidence from the draft (soft; submitted revisions keep their versions). 204 or an error as JSON. */
export async function DELETE(request: Request, { params }: { params: Promise<{ projectId: string; evidenceId: string }> }) {
  if (isCrossOriginRequest(request)) return Response.json({ ok: false, formError: 'forbidden' }, { status: 403 });
  const guard = await requireApiPermission('project:write');
  if (guard.response) return guard.response;
  const { projectId, evidenceId } = await params;
  try {
    await removeEvidence({ actor: guard.user, projectId, evidenceId });
    return new Response(null, { status: 204 });
  } catch (error) {
    return evidenceErrorResponse(error);
  }
}
