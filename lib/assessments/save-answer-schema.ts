import { z } from 'zod';
import { noNul } from '@/lib/forms/text-checks';
import { answerDraftSchema } from '@/lib/assessments/answer-rules';

/** One autosave of one answer: names the version it was based on (optimistic concurrency). */
export const saveAnswerSchema = z.object({
  projectId: z.string().check(noNul).min(1).max(100),
  standardKey: z.string().check(noNul).regex(/^std-\d{2,3}$/),
  expectedVersion: z.number().int().min(0),
  answer: answerDraftSchema,
});

export type SaveAnswerInput = z.infer<typeof saveAnswerSchema>;
