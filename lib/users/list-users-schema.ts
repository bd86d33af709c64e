import { z } from 'zod';
import { noNul } from '@/lib/forms/text-checks';
import { ROLES, USER_STATES } from '@/lib/users/user-states';

export const USER_LIST_PAGE_SIZE = 50;

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The query string of /admin/users (?q=…&role=OFFICER&state=disabled&page=2). Anything unknown or
 * malformed falls back to its default, never to an error: a hand-edited link still shows the list.
 */
export const listUsersSchema = z.object({
  q: z.preprocess(
    (value) => (typeof single(value) === 'string' ? (single(value) as string).trim().slice(0, 200) || undefined : undefined),
    z.string().check(noNul).optional(),
  ),
  role: z.preprocess(single, z.enum(ROLES).optional().catch(undefined)),
  state: z.preprocess(single, z.enum(USER_STATES).optional().catch(undefined)),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).catch(1)),
});

export type ListUsersQuery = z.infer<typeof listUsersSchema>;
