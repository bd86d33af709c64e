import { NextResponse, type NextRequest } from 'next/server';
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale } from '@/lib/i18n/config';

/**
 * Two paths only; next.config.js rewrites every other page to its locale without running any
 * code (ADR 012):
 * - the start page `/` → `/de` or `/en` from the language cookie (a config rule for `/` would be
 *   followed by the page rule and end as `/de/de`);
 * - a locale typed into the URL (`/de/standards`) → `/de/de/standards`, the not-found page: the
 *   segment never shows in URLs (ADR 011).
 */
export function proxy(request: NextRequest) {
  const target = request.nextUrl.clone();
  // The matcher is a static pattern (any two letters); only a locale of the list is this rule's.
  if (target.pathname !== '/' && !isLocale(target.pathname.split('/')[1])) return NextResponse.next();
  if (target.pathname === '/') {
    const requested = request.cookies.get(LOCALE_COOKIE)?.value;
    target.pathname = `/${isLocale(requested) ? requested : DEFAULT_LOCALE}`;
  } else {
    target.pathname = `/${DEFAULT_LOCALE}${target.pathname}`;
  }
  return NextResponse.rewrite(target);
}

/** Next reads the matcher statically, so it cannot name the locale list: every two-letter first segment comes here. */
export const config = { matcher: ['/', '/([a-z]{2})', '/([a-z]{2})/:path*'] };
