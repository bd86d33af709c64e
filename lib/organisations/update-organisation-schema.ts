import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';

const line = (max: number, tooLong: string) =>
  z.string().check(noNul, 
    z.trim(),
    z.maxLength(max, tooLong),
    z.refine((value) => !/[\r\n]/.test(value), 'lineBreak'),
  );

/** The organisation's details (/organisation). Messages are keys of `organisation.errors`. */
export const updateOrganisationSchema = z.object({
  name: z.pipe(line(200, 'nameTooLong'), z.string().check(noNul, z.minLength(1, 'nameRequired'))),
  legalForm: line(100, 'legalFormTooLong'),
  street: z.pipe(line(200, 'streetTooLong'), z.string().check(noNul, z.minLength(1, 'streetRequired'))),
  postalCode: z.string().check(noNul, z.trim(), z.minLength(1, 'postalCodeRequired'), z.regex(/^\d{5}$/, 'postalCodeInvalid')),
  city: z.pipe(line(100, 'cityTooLong'), z.string().check(noNul, z.minLength(1, 'cityRequired'))),
});

export { ORGANISATION_FIELDS, type OrganisationField } from '@/lib/organisations/organisation-fields';
