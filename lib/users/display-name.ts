import { createTranslator } from 'next-intl';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';

/** What a view selects of a person it names (`select: { ...DISPLAY_NAME_SELECT }`). */
export const DISPLAY_NAME_SELECT = { name: true, erasedAt: true } as const;

export type NamedUser = { name: string; erasedAt: Date | null };

/**
 * The name the portal shows for a person (author, submitter, decider, commenter, assignee): an
 * erased person (Art. 17 DSGVO, lib/privacy/erase-person.ts) is „Gelöschte/r Nutzer/in“ in the
 * reader's language (`privacy.deletedUser`), never their pseudonym. Every view that names a
 * person goes through here.
 */
export function displayName(user: NamedUser, locale?: string | null): string {
  if (!user.erasedAt) return user.name;
  const language = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return createTranslator({ locale: language, messages: MESSAGES[language], namespace: 'privacy' })('deletedUser');
}
