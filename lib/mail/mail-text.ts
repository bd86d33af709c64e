import { createTranslator } from 'next-intl';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';

type MailTemplate = 'confirmation' | 'existingAccount' | 'invitation' | 'staffInvitation' | 'passwordReset' | 'emailChange' | 'emailChangeNotice' | 'emailChangeInUse';

/**
 * Subject and plain-text body of a mail in the recipient's language (the `mail` catalogue).
 * Values are inserted as text; mails are never HTML.
 */
export function mailText({
  locale,
  template,
  values,
}: {
  locale: string | null | undefined;
  template: MailTemplate;
  values: Record<string, string | number>;
}): { subject: string; body: string } {
  const language = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const t = createTranslator({ locale: language, messages: MESSAGES[language], namespace: 'mail' });
  return { subject: t(`${template}.subject`, values), body: t(`${template}.body`, values) };
}

/**
 * A mail body with the operator's contact address at the end (setting `mail.contactAddress`),
 * in the recipient's language; the body as it is when no address is set.
 */
export function withContactLine({
  body,
  locale,
  contactAddress,
}: {
  body: string;
  locale: string | null | undefined;
  contactAddress: string;
}): string {
  if (!contactAddress) return body;
  const language = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const t = createTranslator({ locale: language, messages: MESSAGES[language], namespace: 'mail' });
  return `${body}\n\n${t('contactLine', { address: contactAddress })}`;
}
