import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';
import { STAFF_ROLES } from '@/lib/users/staff-roles';

/** „Einladen“ on /admin/users: a funding officer or an administrator. Messages are keys of `adminUsers.errors`. */
export const inviteStaffSchema = z.object({
  email: z.pipe(
    z.string().check(noNul, z.trim(), z.minLength(1, 'emailRequired'), z.maxLength(320, 'emailInvalid')),
    z.email('emailInvalid'),
  ),
  role: z.enum(STAFF_ROLES, 'roleRequired'),
});
