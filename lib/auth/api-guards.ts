import 'server-only';
import { getCurrentUser, type CurrentUser } from '@/lib/auth/current-user';
import { hasPermission, type Permission } from '@/lib/auth/permissions';
import { privateJson } from '@/lib/forms/to-action-failure';

/**
 * Guards for route handlers under /api (which answer JSON, never redirect): the current user,
 * or a ready response in the ActionFailure shape — 401 for anonymous callers, 403 without the
 * permission or for a state-changing request sent by another site's page.
 */
type ApiGuardResult = { user: CurrentUser; response?: never } | { user?: never; response: Response };

const refuse = (status: 401 | 403, formError: 'unauthenticated' | 'forbidden' | 'twoFactorSetupRequired') => ({ response: privateJson({ ok: false, formError }, status) });

/** Staff who have not set up two-factor sign-in get 403 `twoFactorSetupRequired` (ADR 023). */
export async function requireApiUser(): Promise<ApiGuardResult> {
  const user = await getCurrentUser();
  if (!user) return refuse(401, 'unauthenticated');
  return user.twoFactorSetupRequired ? refuse(403, 'twoFactorSetupRequired') : { user };
}

/** For state-changing requests pass `request`: a cross-origin request is refused before anything else. */
export async function requireApiPermission(permission: Permission, request?: Request): Promise<ApiGuardResult> {
  if (request && isCrossOriginRequest(request)) return refuse(403, 'forbidden');
  const result = await requireApiUser();
  if (result.user && !hasPermission(result.user.role, permission)) return refuse(403, 'forbidden');
  return result;
}

/**
 * Refuses state-changing requests sent by another site's page (the session cookie is
 * SameSite=Lax already; this also covers same-site subdomains). Requests without an Origin
 * header (non-browser clients) pass.
 */
function isCrossOriginRequest(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
