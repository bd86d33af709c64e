import 'server-only';
import { forbidden, redirect, unauthorized } from 'next/navigation';
import { getCurrentUser, type CurrentUser } from '@/lib/auth/current-user';
import { hasPermission, type Permission } from '@/lib/auth/permissions';
import { TWO_FACTOR_SETUP_PATH } from '@/lib/two-factor/two-factor-policy';

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

/**
 * A funding officer or administrator without two-factor sign-in is sent to its set-up from every
 * page and action (ADR 023); only the set-up itself passes `{ duringTwoFactorSetup: true }`.
 */
export async function requirePermission(permission: Permission, { duringTwoFactorSetup = false }: { duringTwoFactorSetup?: boolean } = {}): Promise<CurrentUser> {
  const user = await requireUser();
  if (user.twoFactorSetupRequired && !duringTwoFactorSetup) redirect(TWO_FACTOR_SETUP_PATH);
  if (!hasPermission(user.role, permission)) forbidden();
  return user;
}
