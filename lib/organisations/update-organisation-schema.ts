import { z } from 'zod';

const line = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .refine((value) => !/[\r\n]/.test(value), 'lineBreak');

/** The organisation's details (/organisation). Messages are keys of `organisation.errors`. */
export const updateOrganisationSchema = z.object({
  name: line(200, 'nameTooLong').pipe(z.string().min(1, 'nameRequired')),
  legalForm: line(100, 'legalFormTooLong'),
  street: line(200, 'streetTooLong').pipe(z.string().min(1, 'streetRequired')),
  postalCode: z.string().trim().min(1, 'postalCodeRequired').regex(/^\d{5}$/, 'postalCodeInvalid'),
  city: line(100, 'cityTooLong').pipe(z.string().min(1, 'cityRequired')),
});

export const ORGANISATION_FIELDS = ['name', 'legalForm', 'street', 'postalCode', 'city'] as const;
export type OrganisationField = (typeof ORGANISATION_FIELDS)[number];
