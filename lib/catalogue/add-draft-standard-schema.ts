import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';
import { standardTextsShape } from '@/lib/catalogue/catalogue-text-rules';

/** „Standard hinzufügen“: the topic (Themenbereich) it goes to, at its end, and its texts. */
export const addDraftStandardSchema = z.strictObject({
  topicId: z.string('topicRequired').check(noNul, z.minLength(1, 'topicRequired'), z.maxLength(100, 'topicRequired')),
  ...standardTextsShape,
});

export type AddDraftStandardInput = z.infer<typeof addDraftStandardSchema>;
