export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';
/** Each language's name in its own words (the language switch, „Mein Konto“). */
export const LOCALE_NAMES: Record<Locale, string> = { de: 'Deutsch', en: 'English' };
/** The tag for dates and numbers formatted with `Intl` outside next-intl (CSV export, client lists). */
export const INTL_LOCALES: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };
/*
 * Add a language: its code in LOCALES and its entries in the two maps above, its message
 * catalogue (lib/i18n/messages/<code>/, registered in MESSAGES) and, for the database's legal
 * texts and the accessibility statement, nothing: they are stored per locale. See the README
 * („Adding a language“) for what stays German or English only (the catalogue's standards).
 */
/** The visitor's language choice; no locale prefix in URLs. */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
