/**
 * A participating company (Beteiligtes Unternehmen), one schema for the form (client) and the
 * server, for adding and editing. Messages are i18n keys of the `companies.errors` namespace.
 */
import { z } from 'zod';

const COMPANY_LIMITS = {
  name: 200,
  contact: 500,
  ownContributionKind: 500,
  ownContributionValue: 200,
  contactPersonName: 200,
  contactPersonRole: 200,
  contactPersonEmail: 320,
  contactPersonPhone: 50,
} as const;

const requiredText = (max: number) => z.string('required').trim().min(1, 'required').max(max, `max${max}`);
const optionalText = (max: number) => z.string().trim().max(max, `max${max}`).default('');

export const companySchema = z.object({
  name: requiredText(COMPANY_LIMITS.name),
  contact: requiredText(COMPANY_LIMITS.contact),
  hasDeclarationOfIntent: z.boolean().default(false),
  ownContributionKind: requiredText(COMPANY_LIMITS.ownContributionKind),
  ownContributionValue: requiredText(COMPANY_LIMITS.ownContributionValue),
  contactPersonName: requiredText(COMPANY_LIMITS.contactPersonName),
  contactPersonRole: optionalText(COMPANY_LIMITS.contactPersonRole),
  contactPersonEmail: z
    .string()
    .trim()
    .max(COMPANY_LIMITS.contactPersonEmail, 'emailInvalid')
    .refine((value) => value === '' || z.email().safeParse(value).success, 'emailInvalid')
    .default(''),
  contactPersonPhone: z
    .string()
    .trim()
    .max(COMPANY_LIMITS.contactPersonPhone, `max${COMPANY_LIMITS.contactPersonPhone}`)
    .refine((value) => value === '' || /^\+?[0-9 ()/.-]{3,}$/.test(value), 'phoneInvalid')
    .default(''),
});

export type CompanyFormInput = z.input<typeof companySchema>;
