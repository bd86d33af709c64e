import { hasPermission, ROLE_PERMISSIONS, type Role } from '@/lib/auth/permissions';

/** The roles an administrator invites and switches between (applicants register themselves). */
export const STAFF_ROLES = ['OFFICER', 'ADMIN'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * The roles whose holders administer users (`users:manage`): the portal must always keep one
 * active user with such a role (lib/users/lock-account-change.ts). Today: ADMIN.
 */
export const USER_MANAGER_ROLES: readonly Role[] = (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) => hasPermission(role, 'users:manage'));
