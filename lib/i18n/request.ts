import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';

/**
 * The locale is the `[locale]` segment every page lives under (app/[locale]/): next.config.js
 * rewrites to it from the language cookie, and the layouts and cacheable pages hand it to
 * next-intl (`setRequestLocale`, lib/i18n/page-locale.ts), so the public pages read no cookie
 * and can be cached per language (ADR 011). A page rendered per request may ask for messages
 * before its layout has handed over the segment (Next renders them in parallel): then the same
 * cookie the rewrite used decides (ADR 012).
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = (await requestLocale) ?? (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: MESSAGES[locale], timeZone: 'Europe/Berlin' };
});
