'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireRole } from '@/lib/auth/guards';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { updateCompany } from '@/lib/projects/update-company';
import { toActionFailure } from '@/lib/projects/to-action-failure';

const idSchema = z.string().min(1).max(64);

/** Saves a participating company (bound to the company id; scope and lock are checked in the domain). */
export async function updateCompanyAction(companyId: string, expectedUpdatedAt: string, input: unknown): Promise<ActionResult<{ projectId: string }>> {
  const actor = await requireRole('APPLICANT');
  const id = idSchema.safeParse(companyId);
  if (!id.success) return { ok: false, formError: 'notFound' };
  try {
    const expected = z.iso.datetime().safeParse(expectedUpdatedAt);
    const company = await updateCompany({ actor, companyId: id.data, expectedUpdatedAt: expected.success ? expected.data : undefined, input });
    revalidatePath(`/projects/${company.projectId}`);
    return ok({ projectId: company.projectId });
  } catch (error) {
    return toActionFailure(error);
  }
}
