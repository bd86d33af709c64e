import { getCurrentUser } from '@/lib/auth/current-user';
import { countUnreadNotifications } from '@/lib/notifications/count-unread-notifications';

export const dynamic = 'force-dynamic';

/**
 * Who is signed in — name, role and the number of unread notifications (the bell), for the header of cached public pages
 * (components/shell/session-context.tsx). Public: anonymous visitors get `{ user: null }`.
 * It grants nothing; every page, action and route checks the session itself.
 */
export async function GET() {
  const user = await getCurrentUser();
  const unreadNotifications = user ? await countUnreadNotifications({ userId: user.id }) : 0;
  return Response.json(
    { user: user ? { name: user.name, role: user.role, unreadNotifications } : null },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
}
