/** The registration form's fields, in order (no zod: the form loads its schema when needed). */
export const REGISTER_FIELDS = [
  'name',
  'email',
  'password',
  'passwordConfirmation',
  'organisationName',
  'legalForm',
  'street',
  'postalCode',
  'city',
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];
