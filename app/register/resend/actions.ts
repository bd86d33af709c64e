'use server';

import { DomainError } from '@/lib/errors';
import { fieldErrorsFrom, ok, type ActionResult } from '@/lib/forms/action-result';
import { portalBaseUrl } from '@/lib/mail/portal-base-url';
import { resendConfirmation } from '@/lib/registration/resend-confirmation';
import { resendConfirmationSchema } from '@/lib/registration/resend-confirmation-schema';

/** /register/resend and the failed confirmation page (public; no account enumeration). */
export async function resend(input: unknown): Promise<ActionResult<{ email: string }>> {
  const parsed = resendConfirmationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  try {
    return ok(await resendConfirmation({ input: parsed.data, baseUrl: portalBaseUrl() }));
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, formError: error.code };
    console.error('[register/resend]', error);
    return { ok: false, formError: 'unknown' };
  }
}
