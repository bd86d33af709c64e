/**
 * The fields of an answer (Angabe), their limits and plain helpers — no zod, so client components
 * can import them without loading the rules (lib/assessments/answer-rules.ts, which re-exports
 * all of this for the server).
 */
export const ANSWER_TEXT_MAX = 5000;

export const ANSWER_STATUSES = ['OPEN', 'FULFILLED', 'PARTIALLY_FULFILLED', 'NOT_FULFILLED', 'NOT_APPLICABLE'] as const;
export type AnswerStatusValue = (typeof ANSWER_STATUSES)[number];

/** The fields of an answer as the form edits them (answer-rules.ts checks them). */
export type AnswerDraft = {
  status: AnswerStatusValue;
  implementation: string;
  plannedMeasures: string;
  /** ISO date (yyyy-mm-dd) or null. */
  targetDate: string | null;
  partners: string;
};

/** An answer as the page hands it to the form: the fields, the version read, when and by whom it was saved. */
export type AnswerSnapshot = AnswerDraft & { version: number; updatedAt: string; updatedByName: string | null };

const ANSWER_FIELDS = ['status', 'implementation', 'plannedMeasures', 'targetDate', 'partners'] as const satisfies readonly (keyof AnswerDraft)[];

/** Same content (the version and who saved it aside). */
export function sameAnswer(a: AnswerDraft, b: AnswerDraft): boolean {
  return ANSWER_FIELDS.every((field) => a[field] === b[field]);
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
