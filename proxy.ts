import { NextResponse, type NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { misdirectedResponse } from '@/lib/auth/canonical-origin';

/** Areas that need a signed-in user. Which role may enter is decided on the server by the
 * guards in lib/auth/guards.ts; the proxy only sends anonymous visitors to /login. */
const PROTECTED_PREFIXES = ['/projects', '/organisation', '/review', '/admin'];

function isProtected(pathname: string): boolean {
  return PROTECTED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

export async function proxy(request: NextRequest) {
  const misdirected = misdirectedResponse(request);
  if (misdirected) return misdirected;
  const { pathname, search } = request.nextUrl;
  if (isProtected(pathname)) {
    const token = await getToken({ req: request, secret: process.env.AUTH_SECRET });
    if (!token) {
      const login = new URL('/login', request.url);
      login.searchParams.set('callbackUrl', `${pathname}${search}`);
      return NextResponse.redirect(login);
    }
  }
  // Tell server components where the request went (for the sign-in return path and the
  // language switch).
  const headers = new Headers(request.headers);
  headers.set('x-portal-path', `${pathname}${search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ['/((?!api/|_next/|favicon.ico|fonts/).*)'],
};
