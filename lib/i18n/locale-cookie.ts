import 'server-only';
import { cookies } from 'next/headers';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from '@/lib/i18n/config';

/** The visitor's language choice (NEXT_LOCALE, read by the rewrites in next.config.js): a year, the whole site. */
export async function setLocaleCookie(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', httpOnly: false });
}

/** The language of a route handler's answer (a download's headers and labels): the visitor's choice, else German. */
export async function readLocaleCookie(): Promise<Locale> {
  const language = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(language) ? language : DEFAULT_LOCALE;
}
