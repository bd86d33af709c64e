import { NextResponse } from 'next/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { ROLE_HOME } from '@/lib/auth/permissions';

export const dynamic = 'force-dynamic';

/** Sends a signed-in user to their role's home, anyone else to /login. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  return NextResponse.redirect(new URL(user ? ROLE_HOME[user.role] : '/login', request.url), 303);
}
