'use server';

import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { parseId } from '@/lib/forms/action-args';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import { getRequestClientIp } from '@/lib/http/request-client-ip';
import { portalBaseUrl } from '@/lib/mail/portal-base-url';
import { revokeInvitation } from '@/lib/organisations/revoke-invitation';
import { inviteStaff } from '@/lib/users/invite-staff';

/** „Einladen“: a funding officer or administrator; the mail goes out in the inviting administrator's language. */
export async function inviteStaffAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  const actor = await requirePermission('users:manage');
  try {
    const invitation = await inviteStaff({ actor, input, locale: await getLocale(), baseUrl: portalBaseUrl(), clientIp: await getRequestClientIp() });
    revalidatePath('/admin/users');
    return ok({ email: invitation.email });
  } catch (error) {
    return toActionFailure(error, 'admin/users/invite');
  }
}

/** „Zurücknehmen“ of an open staff invitation. */
export async function revokeStaffInvitationAction(invitationId: unknown): Promise<ActionResult<{ email: string }>> {
  const actor = await requirePermission('users:manage');
  try {
    const result = await revokeInvitation({ actor, invitationId: parseId(invitationId, 'Invitation') });
    revalidatePath('/admin/users');
    return ok(result);
  } catch (error) {
    return toActionFailure(error, 'admin/users/revoke-invitation');
  }
}
