'use server';

import { requirePermission } from '@/lib/auth/guards';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import { confirmTwoFactorSetup } from '@/lib/two-factor/confirm-two-factor-setup';
import { disableTwoFactor } from '@/lib/two-factor/disable-two-factor';
import { regenerateRecoveryCodes } from '@/lib/two-factor/regenerate-recovery-codes';

// Staff without two-factor sign-in reach these (they are being held at the set-up, ADR 023).
const DURING_SETUP = { duringTwoFactorSetup: true };

/** „Bestätigen“: the code from the app confirms the set-up; the recovery codes come back once. */
export async function confirmTwoFactorSetupAction(input: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const actor = await requirePermission('account:read', DURING_SETUP);
  try {
    // No revalidatePath: it would render the page anew in this response and take the recovery
    // codes off the screen before they are noted (the pages are per request anyway).
    return ok(await confirmTwoFactorSetup({ actor, input }));
  } catch (error) {
    return toActionFailure(error, 'account/two-factor/confirm');
  }
}

/** „Neue Wiederherstellungscodes erzeugen“ (a current code or the password). */
export async function regenerateRecoveryCodesAction(input: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const actor = await requirePermission('account:read');
  try {
    return ok(await regenerateRecoveryCodes({ actor, input }));
  } catch (error) {
    return toActionFailure(error, 'account/two-factor/recovery-codes');
  }
}

/** „Zwei-Faktor-Anmeldung ausschalten“ (applicants; a current code or the password). */
export async function disableTwoFactorAction(input: unknown): Promise<ActionResult> {
  const actor = await requirePermission('account:read');
  try {
    await disableTwoFactor({ actor, input });
    return ok(undefined);
  } catch (error) {
    return toActionFailure(error, 'account/two-factor/disable');
  }
}
