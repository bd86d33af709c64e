'use server';

import { getLocale } from 'next-intl/server';
import { DomainError } from '@/lib/errors';
import { fieldErrorsFrom, ok, type ActionResult } from '@/lib/forms/action-result';
import { portalBaseUrl } from '@/lib/mail/portal-base-url';
import { registerApplicant } from '@/lib/registration/register-applicant';
import { registerApplicantSchema } from '@/lib/registration/register-applicant-schema';

/** /register (public): the same answer whether or not the address was registered before. */
export async function register(input: unknown): Promise<ActionResult<{ email: string }>> {
  const parsed = registerApplicantSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  try {
    return ok(await registerApplicant({ input: parsed.data, locale: await getLocale(), baseUrl: portalBaseUrl() }));
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, formError: error.code, fieldErrors: error.fieldErrors };
    console.error('[register]', error);
    return { ok: false, formError: 'unknown' };
  }
}
