'use server';

import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { parseExpectedUpdatedAt } from '@/lib/forms/action-args';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import { portalBaseUrl } from '@/lib/mail/portal-base-url';
import { inviteColleague } from '@/lib/organisations/invite-colleague';
import { updateOrganisation } from '@/lib/organisations/update-organisation';

/** Saves the organisation's details; `expectedUpdatedAt` is the version the form was opened with. */
export async function saveOrganisation(expectedUpdatedAt: unknown, input: unknown): Promise<ActionResult<{ updatedAt: string }>> {
  const actor = await requirePermission('organisation:manage');
  try {
    const { updatedAt } = await updateOrganisation({
      actor,
      organisationId: actor.organisationId ?? '',
      expectedUpdatedAt: parseExpectedUpdatedAt(expectedUpdatedAt),
      input,
    });
    revalidatePath('/organisation');
    return ok({ updatedAt: updatedAt.toISOString() });
  } catch (error) {
    return toActionFailure(error, 'organisation/save');
  }
}

/** „Kolleg/in einladen“: the invitation mail goes out in the inviting applicant's language. */
export async function invite(input: unknown): Promise<ActionResult<{ email: string }>> {
  const actor = await requirePermission('organisation:manage');
  try {
    const invitation = await inviteColleague({ actor, input, locale: await getLocale(), baseUrl: portalBaseUrl() });
    revalidatePath('/organisation');
    return ok({ email: invitation.email });
  } catch (error) {
    return toActionFailure(error, 'organisation/invite');
  }
}
