'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/guards';
import { parseExpectedUpdatedAt, parseId } from '@/lib/forms/action-args';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import { updateCompany } from '@/lib/projects/update-company';

/** Saves a participating company (bound to the company id and the version the form opened; scope and lock are checked in the domain). */
export async function updateCompanyAction(companyId: unknown, expectedUpdatedAt: unknown, input: unknown): Promise<ActionResult<{ projectId: string }>> {
  const actor = await requirePermission('project:write');
  try {
    const company = await updateCompany({
      actor,
      companyId: parseId(companyId, 'Company'),
      expectedUpdatedAt: parseExpectedUpdatedAt(expectedUpdatedAt),
      input,
    });
    revalidatePath(`/projects/${company.projectId}`);
    return ok({ projectId: company.projectId });
  } catch (error) {
    return toActionFailure(error, 'companies/update');
  }
}
