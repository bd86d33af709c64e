'use server';

import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { requireRole } from '@/lib/auth/guards';
import { DomainError } from '@/lib/errors';
import { fieldErrorsFrom, ok, type ActionResult } from '@/lib/forms/action-result';
import { portalBaseUrl } from '@/lib/mail/portal-base-url';
import { inviteColleague } from '@/lib/organisations/invite-colleague';
import { inviteColleagueSchema } from '@/lib/organisations/invite-colleague-schema';
import { updateOrganisation } from '@/lib/organisations/update-organisation';
import { updateOrganisationSchema } from '@/lib/organisations/update-organisation-schema';

function failure(error: unknown, where: string): ActionResult<never> {
  if (error instanceof DomainError) return { ok: false, formError: error.code, fieldErrors: error.fieldErrors };
  console.error(`[organisation] ${where}`, error);
  return { ok: false, formError: 'unknown' };
}

/** Saves the organisation's details; `expectedUpdatedAt` is the version the form was opened with. */
export async function saveOrganisation(input: unknown, expectedUpdatedAt: unknown): Promise<ActionResult<{ updatedAt: string }>> {
  const actor = await requireRole('APPLICANT');
  const parsed = updateOrganisationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  const expected = z.iso.datetime().safeParse(expectedUpdatedAt);
  let updatedAt: Date;
  try {
    ({ updatedAt } = await updateOrganisation({
      actor,
      organisationId: actor.organisationId ?? '',
      expectedUpdatedAt: expected.success ? expected.data : undefined,
      input: parsed.data,
    }));
  } catch (error) {
    return failure(error, 'save');
  }
  revalidatePath('/organisation');
  return ok({ updatedAt: updatedAt.toISOString() });
}

export async function invite(input: unknown): Promise<ActionResult<{ email: string }>> {
  const actor = await requireRole('APPLICANT');
  const parsed = inviteColleagueSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  try {
    const invitation = await inviteColleague({ actor, input: parsed.data, locale: await getLocale(), baseUrl: portalBaseUrl() });
    revalidatePath('/organisation');
    return ok({ email: invitation.email });
  } catch (error) {
    return failure(error, 'invite');
  }
}
