'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireRole } from '@/lib/auth/guards';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { addCompany } from '@/lib/projects/add-company';
import { toActionFailure } from '@/lib/projects/to-action-failure';

const idSchema = z.string().min(1).max(64);

/** „Unternehmen hinzufügen“ (bound to the project id). */
export async function addCompanyAction(projectId: string, input: unknown): Promise<ActionResult<{ projectId: string }>> {
  const actor = await requireRole('APPLICANT');
  const id = idSchema.safeParse(projectId);
  if (!id.success) return { ok: false, formError: 'notFound' };
  try {
    await addCompany({ actor, projectId: id.data, input });
    revalidatePath(`/projects/${id.data}`);
    return ok({ projectId: id.data });
  } catch (error) {
    return toActionFailure(error);
  }
}
