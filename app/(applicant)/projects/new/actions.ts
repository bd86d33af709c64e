'use server';

import { revalidatePath } from 'next/cache';
import { requireRole } from '@/lib/auth/guards';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { createProject } from '@/lib/projects/create-project';
import { toActionFailure } from '@/lib/projects/to-action-failure';

/** „Projekt anlegen“: the domain function validates (zod) and creates project + self-assessment. */
export async function createProjectAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const actor = await requireRole('APPLICANT');
  try {
    const project = await createProject({ actor, input });
    revalidatePath('/projects');
    return ok({ id: project.id });
  } catch (error) {
    return toActionFailure(error);
  }
}
