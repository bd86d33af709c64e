'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/guards';
import { parseId } from '@/lib/forms/action-args';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import { portalBaseUrl } from '@/lib/mail/portal-base-url';
import { changeUserRole } from '@/lib/users/change-user-role';
import { sendPasswordResetLink } from '@/lib/users/send-password-reset-link';
import { setUserDisabled } from '@/lib/users/set-user-disabled';
import { resetTwoFactor } from '@/lib/two-factor/reset-two-factor';
import type { StaffRole } from '@/lib/users/staff-roles';

/** „Rolle ändern“ (bound to the user's id). */
export async function changeRoleAction(userId: unknown, input: unknown): Promise<ActionResult<{ role: StaffRole }>> {
  const actor = await requirePermission('users:manage');
  try {
    const result = await changeUserRole({ actor, userId: parseId(userId, 'User'), input });
    revalidatePath('/admin/users');
    return ok({ role: result.role as StaffRole });
  } catch (error) {
    return toActionFailure(error, 'admin/users/role');
  }
}

/** „Deaktivieren“ / „Wieder aktivieren“ (bound to the user's id and the wanted state). */
export async function setDisabledAction(userId: unknown, input: unknown): Promise<ActionResult<{ disabled: boolean }>> {
  const actor = await requirePermission('users:manage');
  try {
    const { disabledAt } = await setUserDisabled({ actor, userId: parseId(userId, 'User'), input });
    revalidatePath('/admin/users');
    return ok({ disabled: disabledAt !== null });
  } catch (error) {
    return toActionFailure(error, 'admin/users/disable');
  }
}

/** „Link zum Zurücksetzen senden“ (bound to the user's id). */
export async function sendResetLinkAction(userId: unknown): Promise<ActionResult<{ email: string }>> {
  const actor = await requirePermission('users:manage');
  try {
    const { email } = await sendPasswordResetLink({ actor, userId: parseId(userId, 'User'), baseUrl: portalBaseUrl() });
    return ok({ email });
  } catch (error) {
    return toActionFailure(error, 'admin/users/reset-link');
  }
}

/** „Zwei-Faktor-Anmeldung zurücksetzen“ (bound to the user's id): for a lost device. */
export async function resetTwoFactorAction(userId: unknown): Promise<ActionResult<{ reset: boolean }>> {
  const actor = await requirePermission('users:manage');
  try {
    const result = await resetTwoFactor({ actor, userId: parseId(userId, 'User') });
    revalidatePath('/admin/users');
    return ok(result);
  } catch (error) {
    return toActionFailure(error, 'admin/users/two-factor-reset');
  }
}
