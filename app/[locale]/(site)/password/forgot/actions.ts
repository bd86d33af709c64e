'use server';

import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import { getRequestClientIp } from '@/lib/http/request-client-ip';
import { portalBaseUrl } from '@/lib/mail/portal-base-url';
import { requestPasswordReset } from '@/lib/users/request-password-reset';

/** „Passwort vergessen?“ (public; the same answer for every address). */
export async function requestPasswordResetAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  try {
    return ok(await requestPasswordReset({ input, clientIp: await getRequestClientIp(), baseUrl: portalBaseUrl() }));
  } catch (error) {
    return toActionFailure(error, 'password/forgot');
  }
}
