'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/guards';
import { parseId } from '@/lib/forms/action-args';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import { removeCompany } from '@/lib/projects/remove-company';

/** Removes a participating company (bound to the company id; scope and lock are checked in the domain). */
export async function removeCompanyAction(companyId: unknown): Promise<ActionResult<{ projectId: string }>> {
  const actor = await requirePermission('project:write');
  try {
    const company = await removeCompany({ actor, companyId: parseId(companyId, 'Company') });
    revalidatePath(`/projects/${company.projectId}`);
    return ok({ projectId: company.projectId });
  } catch (error) {
    return toActionFailure(error, 'companies/remove');
  }
}
