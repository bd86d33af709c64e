/**
 * The rules of an answer (Angabe), one zod schema for the form (client) and the server.
 * - `answerDraftSchema`: what may be saved at any time (autosave): limits only.
 * - `answerCompleteSchema`: what submission requires, per standard.
 * Messages are i18n keys of the `assessment.errors` namespace.
 */
import { z } from 'zod';

export const ANSWER_TEXT_MAX = 5000;

export const ANSWER_STATUSES = ['OPEN', 'FULFILLED', 'PARTIALLY_FULFILLED', 'NOT_FULFILLED', 'NOT_APPLICABLE'] as const;
export type AnswerStatusValue = (typeof ANSWER_STATUSES)[number];

const text = z.string().max(ANSWER_TEXT_MAX, 'tooLong');

export const answerDraftSchema = z.object({
  status: z.enum(ANSWER_STATUSES, 'statusInvalid'),
  implementation: text,
  plannedMeasures: text,
  /** ISO date (yyyy-mm-dd) or null. */
  targetDate: z.iso.date('dateInvalid').nullable(),
  partners: text,
});

export type AnswerDraft = z.infer<typeof answerDraftSchema>;

/** An answer as the page hands it to the form: the fields, the version read, when and by whom it was saved. */
export type AnswerSnapshot = AnswerDraft & { version: number; updatedAt: string; updatedByName: string | null };

const ANSWER_FIELDS = ['status', 'implementation', 'plannedMeasures', 'targetDate', 'partners'] as const satisfies readonly (keyof AnswerDraft)[];

/** Same content (the version and who saved it aside). */
export function sameAnswer(a: AnswerDraft, b: AnswerDraft): boolean {
  return ANSWER_FIELDS.every((field) => a[field] === b[field]);
}

export const answerCompleteSchema = answerDraftSchema.superRefine((answer, ctx) => {
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
});

/** True when the answer meets every rule for submission. */
export function isAnswerComplete(answer: AnswerDraft): boolean {
  return answerCompleteSchema.safeParse(answer).success;
}

/** Database row (targetDate as Date) → the form's shape. */
export function toAnswerDraft(row: {
  status: AnswerStatusValue;
  implementation: string;
  plannedMeasures: string;
  targetDate: Date | null;
  partners: string;
}): AnswerDraft {
  return {
    status: row.status,
    implementation: row.implementation,
    plannedMeasures: row.plannedMeasures,
    targetDate: row.targetDate ? row.targetDate.toISOString().slice(0, 10) : null,
    partners: row.partners,
  };
}
