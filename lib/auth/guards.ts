import 'server-only';
import { forbidden, unauthorized } from 'next/navigation';
import { getCurrentUser, type CurrentUser } from '@/lib/auth/current-user';
import { hasPermission, type Permission } from '@/lib/auth/permissions';

/**
 * Guards for pages and Server Actions (route handlers: lib/auth/api-guards.ts). Each returns
 * the current user or interrupts the request: without a valid session, 401 with the sign-in
 * form in place (app/[locale]/(site)/unauthorized.tsx: after signing in, the same page
 * reloads); signed-in users without the permission get 403 (app/[locale]/(site)/forbidden.tsx).
 * Visitors without any session cookie never get here on the role areas: next.config.js sends
 * them to /login?callbackUrl=… first.
 */
async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) unauthorized();
  return user;
}

export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requireUser();
  if (!hasPermission(user.role, permission)) forbidden();
  return user;
}
