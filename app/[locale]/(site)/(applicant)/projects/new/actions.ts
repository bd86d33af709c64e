'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/guards';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import { createProject } from '@/lib/projects/create-project';

/** „Projekt anlegen“: the domain function validates (zod) and creates project + self-assessment. */
export async function createProjectAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const actor = await requirePermission('project:write');
  try {
    const project = await createProject({ actor, input });
    revalidatePath('/projects');
    return ok({ id: project.id });
  } catch (error) {
    return toActionFailure(error, 'projects/create');
  }
}
