import { requireApiPermission } from '@/lib/auth/api-guards';
import { removeEvidence } from '@/lib/evidence/remove-evidence';
import { parseId } from '@/lib/forms/action-args';
import { toErrorResponse } from '@/lib/forms/to-action-failure';

export const dynamic = 'force-dynamic';

/** Removes evidence from the draft (soft; submitted revisions keep their versions). 204 or an ActionFailure as JSON. */
export async function DELETE(request: Request, { params }: { params: Promise<{ projectId: string; evidenceId: string }> }) {
  const guard = await requireApiPermission('project:write', request);
  if (guard.response) return guard.response;
  try {
    const { projectId, evidenceId } = await params;
    await removeEvidence({ actor: guard.user, projectId: parseId(projectId, 'Project'), evidenceId: parseId(evidenceId, 'Evidence') });
    return new Response(null, { status: 204 });
  } catch (error) {
    return toErrorResponse(error, 'evidence/remove');
  }
}
