'use server';

import { getLocale } from 'next-intl/server';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import { getRequestClientIp } from '@/lib/http/request-client-ip';
import { portalBaseUrl } from '@/lib/mail/portal-base-url';
import { registerApplicant } from '@/lib/registration/register-applicant';
import { acceptStaffInvitation } from '@/lib/users/accept-staff-invitation';

/** /register (public): the same answer whether or not the address was registered before. */
export async function register(input: unknown): Promise<ActionResult<{ email: string }>> {
  try {
    return ok(await registerApplicant({ input, locale: await getLocale(), baseUrl: portalBaseUrl(), clientIp: await getRequestClientIp() }));
  } catch (error) {
    return toActionFailure(error, 'register');
  }
}

/** /register?invitation=… of an administrator's invitation (public: the link is the proof): the staff account. */
export async function acceptInvitation(input: unknown): Promise<ActionResult<{ email: string }>> {
  try {
    return ok(await acceptStaffInvitation({ input, locale: await getLocale() }));
  } catch (error) {
    return toActionFailure(error, 'register/accept-invitation');
  }
}
