'use server';

import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import { confirmEmailChange } from '@/lib/users/confirm-email-change';

/** „Neue Adresse bestätigen“ (public: the link is the proof), bound to the token from the link. */
export async function confirmEmailChangeAction(token: unknown): Promise<ActionResult<{ email: string }>> {
  try {
    return ok(await confirmEmailChange({ token: typeof token === 'string' ? token : '' }));
  } catch (error) {
    return toActionFailure(error, 'account/email/confirm');
  }
}
