/**
 * A participating company (Beteiligtes Unternehmen), one schema for the form (client) and the
 * server, for adding and editing. Messages are i18n keys of the `companies.errors` namespace.
 */
import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';
import { PERSON_NAME_MAX_LENGTH, personNameSchema } from '@/lib/users/person-name-schema';

const COMPANY_LIMITS = {
  name: 200,
  contact: 500,
  ownContributionKind: 500,
  ownContributionValue: 200,
  contactPersonName: PERSON_NAME_MAX_LENGTH,
  contactPersonRole: 200,
  contactPersonEmail: 320,
  contactPersonPhone: 50,
} as const;

const requiredText = (max: number) => z.string('required').check(noNul, z.trim(), z.minLength(1, 'required'), z.maxLength(max, `max${max}`));
const optionalText = (max: number) => z._default(z.string().check(noNul, z.trim(), z.maxLength(max, `max${max}`)), '');

export const companySchema = z.object({
  name: requiredText(COMPANY_LIMITS.name),
  contact: requiredText(COMPANY_LIMITS.contact),
  hasDeclarationOfIntent: z._default(z.boolean(), false),
  ownContributionKind: requiredText(COMPANY_LIMITS.ownContributionKind),
  ownContributionValue: requiredText(COMPANY_LIMITS.ownContributionValue),
  contactPersonName: personNameSchema,
  contactPersonRole: optionalText(COMPANY_LIMITS.contactPersonRole),
  contactPersonEmail: z._default(
    z.string().check(noNul, 
      z.trim(),
      z.maxLength(COMPANY_LIMITS.contactPersonEmail, 'emailInvalid'),
      z.refine((value) => value === '' || z.email().safeParse(value).success, 'emailInvalid'),
    ),
    '',
  ),
  contactPersonPhone: z._default(
    z.string().check(noNul, 
      z.trim(),
      z.maxLength(COMPANY_LIMITS.contactPersonPhone, `max${COMPANY_LIMITS.contactPersonPhone}`),
      z.refine((value) => value === '' || /^\+?[0-9 ()/.-]{3,}$/.test(value), 'phoneInvalid'),
    ),
    '',
  ),
});

export type CompanyFormInput = z.input<typeof companySchema>;
