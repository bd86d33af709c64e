import { getCurrentUser } from '@/lib/auth/current-user';

export const dynamic = 'force-dynamic';

/**
 * Who is signed in — name and role, for the header of cached public pages
 * (components/shell/session-context.tsx). Public: anonymous visitors get `{ user: null }`.
 * It grants nothing; every page, action and route checks the session itself.
 */
export async function GET() {
  const user = await getCurrentUser();
  return Response.json({ user: user ? { name: user.name, role: user.role } : null }, { headers: { 'Cache-Control': 'private, no-store' } });
}
