import { z } from 'zod';
import { noNul } from '@/lib/forms/text-checks';

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The query string of /admin/privacy (`?q=<part of an address>&user=<id>`). Anything malformed is
 * left out, never an error: the page then shows the empty search.
 */
export const privacyPageQuerySchema = z.object({
  q: z.preprocess((value) => (typeof single(value) === 'string' ? (single(value) as string).trim().slice(0, 320) : ''), z.string().check(noNul)),
  user: z.preprocess(single, z.string().check(noNul).trim().min(1).max(64).optional().catch(undefined)),
});

export type PrivacyPageQuery = z.infer<typeof privacyPageQuerySchema>;
