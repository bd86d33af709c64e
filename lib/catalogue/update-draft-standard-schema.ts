import * as z from 'zod/mini';
import { lockVersionSchema, standardKeySchema, standardTextsShape } from '@/lib/catalogue/catalogue-text-rules';

/** One save of a standard's six texts in the draft, naming the lock version it was based on. */
export const updateDraftStandardSchema = z.strictObject({
  key: standardKeySchema,
  expectedLockVersion: lockVersionSchema,
  ...standardTextsShape,
});

export type UpdateDraftStandardInput = z.infer<typeof updateDraftStandardSchema>;
