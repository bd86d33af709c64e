import { answerCompleteSchema, toAnswerDraft, type AnswerStatusValue } from '@/lib/assessments/answer-rules';

export type MissingAnswer = {
  standardKey: string;
  /** Field → i18n keys of what is missing or wrong (assessment.errors.*). */
  problems: { field: string; message: string }[];
};

type Row = {
  standardKey: string;
  status: AnswerStatusValue;
  implementation: string;
  plannedMeasures: string;
  targetDate: Date | null;
  partners: string;
};

/** What keeps each answer from being complete, in the given (catalogue) order. */
export function listMissingAnswers(answers: Row[]): MissingAnswer[] {
  const missing: MissingAnswer[] = [];
  for (const answer of answers) {
    const result = answerCompleteSchema.safeParse(toAnswerDraft(answer));
    if (!result.success) {
      missing.push({
        standardKey: answer.standardKey,
        problems: result.error.issues.map((issue) => ({ field: String(issue.path[0] ?? 'status'), message: issue.message })),
      });
    }
  }
  return missing;
}
