import * as z from 'zod/mini';
import { STAFF_ROLES } from '@/lib/users/staff-roles';

/** „Rolle ändern“ (/admin/users/[id]): between the staff roles. Messages are keys of `adminUsers.errors`. */
export const changeUserRoleSchema = z.object({
  role: z.enum(STAFF_ROLES, 'roleRequired'),
});
