'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireRole } from '@/lib/auth/guards';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { removeCompany } from '@/lib/projects/remove-company';
import { toActionFailure } from '@/lib/projects/to-action-failure';

const idSchema = z.string().min(1).max(64);

/** Removes a participating company (bound to the company id; scope and lock are checked in the domain). */
export async function removeCompanyAction(companyId: string): Promise<ActionResult<{ projectId: string }>> {
  const actor = await requireRole('APPLICANT');
  const id = idSchema.safeParse(companyId);
  if (!id.success) return { ok: false, formError: 'notFound' };
  try {
    const company = await removeCompany({ actor, companyId: id.data });
    revalidatePath(`/projects/${company.projectId}`);
    return ok({ projectId: company.projectId });
  } catch (error) {
    return toActionFailure(error);
  }
}
