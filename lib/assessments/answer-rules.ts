/**
 * The rules of an answer (Angabe), one zod schema for the form (client) and the server.
 * - `answerDraftSchema`: what may be saved at any time (autosave): limits only.
 * - `answerCompleteSchema`: what submission requires, per standard.
 * Messages are i18n keys of the `assessment.errors` namespace.
 */
import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';
import { ANSWER_STATUSES, ANSWER_TEXT_MAX, type AnswerDraft } from '@/lib/assessments/answer-fields';

// The answer's fields, limits and helpers live in answer-fields.ts, free of zod, so the browser
// can show the form before this module arrives (components/assessment/answer-rules-loader.ts).
export * from '@/lib/assessments/answer-fields';

const text = z.string().check(noNul, z.maxLength(ANSWER_TEXT_MAX, 'tooLong'));

export const answerDraftSchema = z.object({
  status: z.enum(ANSWER_STATUSES, 'statusInvalid'),
  implementation: text,
  plannedMeasures: text,
  /** ISO date (yyyy-mm-dd) or null. */
  targetDate: z.nullable(z.iso.date('dateInvalid')),
  partners: text,
});

// The schema's output is exactly the answer-fields type (a compile-time check in both directions).
true satisfies z.infer<typeof answerDraftSchema> extends AnswerDraft ? (AnswerDraft extends z.infer<typeof answerDraftSchema> ? true : false) : false;

/** Field → i18n keys of what breaks the limits of a draft (autosave), or null when it may be saved. */
export function draftFieldErrors(fields: AnswerDraft): Record<string, string[]> | null {
  const check = answerDraftSchema.safeParse(fields);
  if (check.success) return null;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of check.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
  return fieldErrors;
}

export const answerCompleteSchema = answerDraftSchema.check(
  z.superRefine((answer, ctx) => {
    if (answer.status === 'OPEN') ctx.addIssue({ code: 'custom', path: ['status'], message: 'statusRequired' });
    if (answer.implementation.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['implementation'],
        message: answer.status === 'NOT_APPLICABLE' ? 'reasonRequired' : 'implementationRequired',
      });
    }
    if (answer.status === 'PARTIALLY_FULFILLED' || answer.status === 'NOT_FULFILLED') {
      if (answer.plannedMeasures.trim() === '') {
        ctx.addIssue({ code: 'custom', path: ['plannedMeasures'], message: 'plannedMeasuresRequired' });
      }
      if (!answer.targetDate) ctx.addIssue({ code: 'custom', path: ['targetDate'], message: 'targetDateRequired' });
    }
  }),
);

/** True when the answer meets every rule for submission. */
export function isAnswerComplete(answer: AnswerDraft): boolean {
  return answerCompleteSchema.safeParse(answer).success;
}
