'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/guards';
import { parseExpectedUpdatedAt, parseId } from '@/lib/forms/action-args';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import { updateProject } from '@/lib/projects/update-project';

/** Saves the project profile (bound to the project id and the version the form opened; scope and lock are checked in the domain). */
export async function updateProjectAction(projectId: unknown, expectedUpdatedAt: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  const actor = await requirePermission('project:write');
  try {
    const id = parseId(projectId, 'Project');
    await updateProject({ actor, projectId: id, expectedUpdatedAt: parseExpectedUpdatedAt(expectedUpdatedAt), input });
    revalidatePath('/projects');
    revalidatePath(`/projects/${id}`);
    return ok({ id });
  } catch (error) {
    return toActionFailure(error, 'projects/update');
  }
}
