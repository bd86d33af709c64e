import { setLocaleCookie } from '@/lib/i18n/locale-cookie';

/**
 * On sign-in (next-auth's jwt callback, inside its route handler): the language cookie follows
 * the account's preference (User.locale, „Sprache“ on /account), so the portal speaks it from the
 * first page on. No preference, or no request to answer (a test calling the callback): nothing.
 */
export async function followLocalePreference(locale: string | null | undefined): Promise<void> {
  if (!locale) return;
  try {
    await setLocaleCookie(locale);
  } catch {
    // Outside a route handler's request scope there is no response to carry the cookie.
  }
}
