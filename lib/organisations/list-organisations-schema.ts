import { z } from 'zod';
import { noNul } from '@/lib/forms/text-checks';

export const ORGANISATION_LIST_PAGE_SIZE = 50;

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** The query string of /admin/organisations (?q=…&page=2); malformed values fall back to defaults. */
export const listOrganisationsSchema = z.object({
  q: z.preprocess(
    (value) => (typeof single(value) === 'string' ? (single(value) as string).trim().slice(0, 200) || undefined : undefined),
    z.string().check(noNul).optional(),
  ),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).catch(1)),
});

export type ListOrganisationsQuery = z.infer<typeof listOrganisationsSchema>;
