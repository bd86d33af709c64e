'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/guards';
import { parseId } from '@/lib/forms/action-args';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import { addCompany } from '@/lib/projects/add-company';

/** „Unternehmen hinzufügen“ (bound to the project id). */
export async function addCompanyAction(projectId: unknown, input: unknown): Promise<ActionResult<{ projectId: string }>> {
  const actor = await requirePermission('project:write');
  try {
    const id = parseId(projectId, 'Project');
    await addCompany({ actor, projectId: id, input });
    revalidatePath(`/projects/${id}`);
    return ok({ projectId: id });
  } catch (error) {
    return toActionFailure(error, 'companies/add');
  }
}
