import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';
import { CHANGE_NOTE_MAX_LENGTH } from '@/lib/catalogue/catalogue-text';

/** „Veröffentlichen“ needs a „Änderungshinweis“: what changed and why, for everyone who reads the catalogue. */
export const publishCatalogueVersionSchema = z.strictObject({
  changeNote: z
    .string('changeNoteRequired')
    .check(noNul, z.trim(), z.minLength(1, 'changeNoteRequired'), z.maxLength(CHANGE_NOTE_MAX_LENGTH, 'changeNoteTooLong')),
});

export type PublishCatalogueVersionInput = z.infer<typeof publishCatalogueVersionSchema>;
