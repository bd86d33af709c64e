import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';

/** „Zusammenführen“ (/admin/organisations/[id]): the duplicate to merge into this organisation. Messages: `adminOrganisations.errors`. */
export const mergeOrganisationsSchema = z.object({
  duplicateId: z.string().check(noNul, z.trim(), z.minLength(1, 'duplicateRequired'), z.maxLength(100, 'duplicateRequired')),
});
