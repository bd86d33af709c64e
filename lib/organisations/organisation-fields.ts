/** The organisation form's fields, in order (no zod: the form loads its schema when needed). */
export const ORGANISATION_FIELDS = ['name', 'legalForm', 'street', 'postalCode', 'city'] as const;
export type OrganisationField = (typeof ORGANISATION_FIELDS)[number];
