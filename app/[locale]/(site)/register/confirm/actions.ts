'use server';

import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import { confirmEmail, type ConfirmEmailResult } from '@/lib/registration/confirm-email';

/**
 * „E-Mail-Adresse bestätigen“ on /register/confirm (public: the link is the proof), bound to the
 * token from the link. A POST: opening the link confirms nothing (ADR 024). Answers what became of
 * it; only `confirmed` changed anything.
 */
export async function confirmEmailAction(token: unknown): Promise<ActionResult<{ result: ConfirmEmailResult }>> {
  try {
    return ok({ result: await confirmEmail({ token: typeof token === 'string' ? token : '' }) });
  } catch (error) {
    return toActionFailure(error, 'register/confirm');
  }
}
