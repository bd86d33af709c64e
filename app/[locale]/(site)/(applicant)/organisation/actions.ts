'use server';

import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { parseExpectedUpdatedAt } from '@/lib/forms/action-args';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import { getRequestClientIp } from '@/lib/http/request-client-ip';
import { portalBaseUrl } from '@/lib/mail/portal-base-url';
import { parseId } from '@/lib/forms/action-args';
import { inviteColleague } from '@/lib/organisations/invite-colleague';
import { removeColleague } from '@/lib/organisations/remove-colleague';
import { revokeInvitation } from '@/lib/organisations/revoke-invitation';
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
    const invitation = await inviteColleague({ actor, input, locale: await getLocale(), baseUrl: portalBaseUrl(), clientIp: await getRequestClientIp() });
    revalidatePath('/organisation');
    return ok({ email: invitation.email });
  } catch (error) {
    return toActionFailure(error, 'organisation/invite');
  }
}

/** „Entfernen“ / „Verlassen“ (bound to the colleague's id): only within the own organisation. */
export async function removeColleagueAction(userId: unknown): Promise<ActionResult<{ self: boolean }>> {
  const actor = await requirePermission('organisation:manage');
  try {
    const result = await removeColleague({ actor, userId: parseId(userId, 'User') });
    revalidatePath('/organisation');
    return ok(result);
  } catch (error) {
    return toActionFailure(error, 'organisation/remove-colleague');
  }
}

/** „Zurücknehmen“ of an open invitation of the own organisation (bound to its id). */
export async function revokeInvitationAction(invitationId: unknown): Promise<ActionResult<{ email: string }>> {
  const actor = await requirePermission('organisation:manage');
  try {
    const result = await revokeInvitation({ actor, invitationId: parseId(invitationId, 'Invitation') });
    revalidatePath('/organisation');
    return ok(result);
  } catch (error) {
    return toActionFailure(error, 'organisation/revoke-invitation');
  }
}
