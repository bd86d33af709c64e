import { NextResponse, type NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { misdirectedResponse } from '@/lib/auth/canonical-origin';
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale } from '@/lib/i18n/config';

/** Areas that need a signed-in user. Which role may enter is decided on the server by the
 * guards in lib/auth/guards.ts; the proxy only sends anonymous visitors to /login. */
const PROTECTED_PREFIXES = ['/projects', '/organisation', '/review', '/admin'];

/** Route handlers outside app/[locale]/ that the matcher below still sees. */
const UNLOCALISED = ['/home'];
/** Files from public/ (robots.txt, icons): no page path has a file extension. */
const PUBLIC_FILE = /\.[a-z0-9]+$/i;

const startsWithAny = (pathname: string, prefixes: string[]) =>
  prefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));

export async function proxy(request: NextRequest) {
  const misdirected = misdirectedResponse(request);
  if (misdirected) return misdirected;
  const { pathname, search } = request.nextUrl;
  if (startsWithAny(pathname, PROTECTED_PREFIXES)) {
    const token = await getToken({ req: request, secret: process.env.AUTH_SECRET });
    if (!token) {
      const login = new URL('/login', request.url);
      login.searchParams.set('callbackUrl', `${pathname}${search}`);
      return NextResponse.redirect(login);
    }
  }
  // Tell server components where the request went (the sign-in return path of the guards).
  const headers = new Headers(request.headers);
  headers.set('x-portal-path', `${pathname}${search}`);
  if (startsWithAny(pathname, UNLOCALISED) || PUBLIC_FILE.test(pathname)) return NextResponse.next({ request: { headers } });

  // Every page lives under app/[locale]/: the language cookie picks the segment, the URL keeps
  // no prefix. Pages that are the same for everyone per language are then cached per language
  // (ADR 011).
  const requested = request.cookies.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  headers.set('X-NEXT-INTL-LOCALE', locale);
  const target = request.nextUrl.clone();
  target.pathname = `/${locale}${pathname === '/' ? '' : pathname}`;
  return NextResponse.rewrite(target, { request: { headers } });
}

export const config = {
  matcher: ['/((?!api/|_next/|favicon.ico|fonts/).*)'],
};
