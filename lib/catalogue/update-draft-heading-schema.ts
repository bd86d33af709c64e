import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';
import { headingText, lockVersionSchema, optionalHeadingText } from '@/lib/catalogue/catalogue-text-rules';

/** A phase title or a topic heading (Themenbereich) of the draft, German and English. */
export const updateDraftHeadingSchema = z.strictObject({
  kind: z.enum(['phase', 'topic'], 'invalid'),
  id: z.string('invalid').check(noNul, z.minLength(1, 'invalid'), z.maxLength(100, 'invalid')),
  expectedLockVersion: lockVersionSchema,
  heading: headingText('headingRequired'),
  headingEn: optionalHeadingText,
});

export type UpdateDraftHeadingInput = z.infer<typeof updateDraftHeadingSchema>;
