import * as z from 'zod/mini';

/** „Zusammenführen“ (/admin/organisations/[id]): the duplicate to merge into this organisation. Messages: `adminOrganisations.errors`. */
export const mergeOrganisationsSchema = z.object({
  duplicateId: z.string().check(z.trim(), z.minLength(1, 'duplicateRequired'), z.maxLength(100, 'duplicateRequired')),
});
