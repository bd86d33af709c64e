'use server';

import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import { getRequestClientIp } from '@/lib/http/request-client-ip';
import { portalBaseUrl } from '@/lib/mail/portal-base-url';
import { resendConfirmation } from '@/lib/registration/resend-confirmation';

/** /register/resend and the failed confirmation page (public; no account enumeration). */
export async function resend(input: unknown): Promise<ActionResult<{ email: string }>> {
  try {
    return ok(await resendConfirmation({ input, baseUrl: portalBaseUrl(), clientIp: await getRequestClientIp() }));
  } catch (error) {
    return toActionFailure(error, 'register/resend');
  }
}
