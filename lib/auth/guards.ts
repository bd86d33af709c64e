import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { getCurrentUser, type CurrentUser } from '@/lib/auth/current-user';
import { hasPermission, type Permission } from '@/lib/auth/permissions';

/**
 * Guards for pages and Server Actions (route handlers: lib/auth/api-guards.ts). Each returns
 * the current user or interrupts the request: anonymous visitors are sent to /login, signed-in
 * users without the permission get 403 (app/[locale]/(site)/forbidden.tsx).
 */
async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const path = (await headers()).get('x-portal-path') ?? '/';
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  return user;
}

export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requireUser();
  if (!hasPermission(user.role, permission)) forbidden();
  return user;
}
