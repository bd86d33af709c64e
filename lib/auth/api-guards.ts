import 'server-only';
import { getCurrentUser, type CurrentUser } from '@/lib/auth/current-user';
import { hasPermission, type Permission } from '@/lib/auth/permissions';

/**
 * Guards for route handlers under /api (which answer JSON, never redirect): the current user,
 * or a ready response — 401 for anonymous callers, 403 without the permission.
 */
export type ApiGuardResult = { user: CurrentUser; response?: never } | { user?: never; response: Response };

const json = (status: number, error: string) =>
  Response.json({ ok: false, error }, { status, headers: { 'Cache-Control': 'private, no-store' } });

export async function requireApiUser(): Promise<ApiGuardResult> {
  const user = await getCurrentUser();
  return user ? { user } : { response: json(401, 'unauthenticated') };
}

export async function requireApiPermission(permission: Permission): Promise<ApiGuardResult> {
  const result = await requireApiUser();
  if (result.user && !hasPermission(result.user.role, permission)) return { response: json(403, 'forbidden') };
  return result;
}

/**
 * Refuses state-changing requests sent by another site's page (the session cookie is
 * SameSite=Lax already; this also covers same-site subdomains). Requests without an Origin
 * header (non-browser clients) pass.
 */
export function isCrossOriginRequest(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
