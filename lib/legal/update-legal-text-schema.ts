import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';
import { LEGAL_TEXT_MAX_LENGTH } from '@/lib/legal/legal-pages';

const text = (required: string) =>
  z.string().check(noNul, z.trim(), z.minLength(1, required), z.maxLength(LEGAL_TEXT_MAX_LENGTH, 'textTooLong'));

/**
 * A legal page's texts (/admin/settings/legal/[page]): German and English, both required.
 * `expectedUpdatedAt` is the version the form was loaded with (null: no text stored yet); a save
 * against a changed text is refused, never overwrites. Messages are keys of `legalTexts.errors`.
 */
export const updateLegalTextSchema = z.strictObject({
  de: text('germanRequired'),
  en: text('englishRequired'),
  expectedUpdatedAt: z.nullable(z.iso.datetime('invalid')),
});

export type UpdateLegalTextInput = z.infer<typeof updateLegalTextSchema>;
