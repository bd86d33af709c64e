import { getCurrentUser } from '@/lib/auth/current-user';
import { ROLE_HOME } from '@/lib/auth/permissions';

export const dynamic = 'force-dynamic';

/**
 * Sends a signed-in user to their role's home, anyone else to /login. The Location is a path,
 * so the browser stays on the host and port it used (http://127.0.0.1:3000 as well as
 * http://localhost:3000): `request.url` names the server's own idea of its host, not the browser's.
 */
export async function GET() {
  const user = await getCurrentUser();
  return new Response(null, { status: 303, headers: { Location: user ? ROLE_HOME[user.role] : '/login', 'Cache-Control': 'private, no-store' } });
}
