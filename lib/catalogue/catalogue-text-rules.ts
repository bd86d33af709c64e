/**
 * zod/mini rules shared by the catalogue editor's schemas (the forms load them with `import()`).
 * Messages are keys of `catalogueAdmin.errors`. Texts are stored in the line format of
 * lib/catalogue/catalogue-text.ts; the check normalises them first.
 */
import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';
import { CATALOGUE_HEADING_MAX_LENGTH, CATALOGUE_TEXT_MAX_LENGTH, normalizeCatalogueText } from '@/lib/catalogue/catalogue-text';

/** A catalogue text that must not be empty (the German standard text and objective). */
export const requiredCatalogueText = (message: string) =>
  z.string(message).check(noNul, z.overwrite(normalizeCatalogueText), z.minLength(1, message), z.maxLength(CATALOGUE_TEXT_MAX_LENGTH, 'textTooLong'));

/** A catalogue text that may be empty (further information, the English translation). */
export const optionalCatalogueText = z.string('invalid').check(noNul, z.overwrite(normalizeCatalogueText), z.maxLength(CATALOGUE_TEXT_MAX_LENGTH, 'textTooLong'));

/** The six texts of a standard, as the editor saves them. */
export const standardTextsShape = {
  text: requiredCatalogueText('textRequired'),
  objective: requiredCatalogueText('objectiveRequired'),
  information: optionalCatalogueText,
  textEn: optionalCatalogueText,
  objectiveEn: optionalCatalogueText,
  informationEn: optionalCatalogueText,
};

/** A standard's stable key (std-07). */
export const standardKeySchema = z.string('standardInvalid').check(noNul, z.regex(/^std-\d{2,3}$/, 'standardInvalid'));

/** The lock version a form was opened with (optimistic concurrency). */
export const lockVersionSchema = z.int('invalid').check(z.minimum(0, 'invalid'));

/** A phase title or topic heading: one line. */
export const headingText = (message: string) =>
  z.string(message).check(noNul, z.trim(), z.minLength(1, message), z.maxLength(CATALOGUE_HEADING_MAX_LENGTH, 'headingTooLong'), z.refine((value) => !value.includes('\n'), 'headingOneLine'));

export const optionalHeadingText = z
  .string('invalid')
  .check(noNul, z.trim(), z.maxLength(CATALOGUE_HEADING_MAX_LENGTH, 'headingTooLong'), z.refine((value) => !value.includes('\n'), 'headingOneLine'));
