'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/guards';
import { parseExpectedUpdatedAt, parseId } from '@/lib/forms/action-args';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import { mergeOrganisations } from '@/lib/organisations/merge-organisations';
import { updateOrganisation } from '@/lib/organisations/update-organisation';

/** The organisation's details (bound to its id); `expectedUpdatedAt` is the version the form was opened with. */
export async function saveOrganisationAction(organisationId: unknown, expectedUpdatedAt: unknown, input: unknown): Promise<ActionResult<{ updatedAt: string }>> {
  const actor = await requirePermission('organisations:manage');
  try {
    const { updatedAt } = await updateOrganisation({
      actor,
      organisationId: parseId(organisationId, 'Organisation'),
      expectedUpdatedAt: parseExpectedUpdatedAt(expectedUpdatedAt),
      input,
    });
    revalidatePath('/admin/organisations');
    return ok({ updatedAt: updatedAt.toISOString() });
  } catch (error) {
    return toActionFailure(error, 'admin/organisations/save');
  }
}

export type MergeResult = { duplicateName: string; users: number; projects: number; invitations: number };

/** „Zusammenführen“: the chosen duplicate into this organisation (bound to its id). */
export async function mergeOrganisationsAction(organisationId: unknown, input: unknown): Promise<ActionResult<MergeResult>> {
  const actor = await requirePermission('organisations:manage');
  try {
    const { duplicateName, users, projects, invitations } = await mergeOrganisations({ actor, organisationId: parseId(organisationId, 'Organisation'), input });
    revalidatePath('/admin/organisations');
    return ok({ duplicateName, users, projects, invitations });
  } catch (error) {
    return toActionFailure(error, 'admin/organisations/merge');
  }
}
