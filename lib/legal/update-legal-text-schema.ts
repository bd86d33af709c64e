import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';
import { LOCALES, type Locale } from '@/lib/i18n/config';
import { LEGAL_TEXT_MAX_LENGTH } from '@/lib/legal/legal-pages';

const text = z.string().check(noNul, z.trim(), z.minLength(1, 'textRequired'), z.maxLength(LEGAL_TEXT_MAX_LENGTH, 'textTooLong'));

/** One required text per language of the portal (lib/i18n/config.ts), by its locale. */
const texts = Object.fromEntries(LOCALES.map((locale) => [locale, text])) as Record<Locale, typeof text>;

/**
 * A legal page's texts (/admin/settings/legal/[page]): one per language, all required.
 * `expectedUpdatedAt` is the version the form was loaded with (null: no text stored yet); a save
 * against a changed text is refused, never overwrites. Messages are keys of `legal.errors`.
 */
export const updateLegalTextSchema = z.strictObject({
  ...texts,
  expectedUpdatedAt: z.nullable(z.iso.datetime('invalid')),
});

export type UpdateLegalTextInput = z.infer<typeof updateLegalTextSchema>;
