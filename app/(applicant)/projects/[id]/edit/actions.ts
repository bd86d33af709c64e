'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireRole } from '@/lib/auth/guards';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { updateProject } from '@/lib/projects/update-project';
import { toActionFailure } from '@/lib/projects/to-action-failure';

const idSchema = z.string().min(1).max(64);

/** Saves the project profile (bound to the project id; scope and lock are checked in the domain). */
export async function updateProjectAction(projectId: string, expectedUpdatedAt: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  const actor = await requireRole('APPLICANT');
  const id = idSchema.safeParse(projectId);
  if (!id.success) return { ok: false, formError: 'notFound' };
  try {
    const expected = z.iso.datetime().safeParse(expectedUpdatedAt);
    await updateProject({ actor, projectId: id.data, expectedUpdatedAt: expected.success ? expected.data : undefined, input });
    revalidatePath('/projects');
    revalidatePath(`/projects/${id.data}`);
    return ok({ id: id.data });
  } catch (error) {
    return toActionFailure(error);
  }
}
