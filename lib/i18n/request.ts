import { getRequestConfig } from 'next-intl/server';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';
import { de, en } from '@/lib/i18n/messages';

const MESSAGES = { de, en } as const;

/**
 * The locale is the `[locale]` segment every page lives under (app/[locale]/): proxy.ts
 * rewrites to it from the language cookie, and the layouts hand it to next-intl
 * (`setRequestLocale`), so no page reads a cookie for its language and the public pages can be
 * cached per language (ADR 011).
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: MESSAGES[locale], timeZone: 'Europe/Berlin' };
});
