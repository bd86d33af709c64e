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
  /** „Text geändert – bitte prüfen“ (lib/assessments/adopt-catalogue-version.ts). */
  needsConfirmation: boolean;
};

/**
 * What keeps each answer from being complete, in the given (catalogue) order: the rules'
 * problems, and an answer still to be confirmed after its standard's text changed (the same
 * rule as the database's `Answer.complete`).
 */
export function listMissingAnswers(answers: Row[]): MissingAnswer[] {
  const missing: MissingAnswer[] = [];
  for (const answer of answers) {
    const result = answerCompleteSchema.safeParse(toAnswerDraft(answer));
    const problems = result.success
      ? []
      : result.error.issues.map((issue) => ({ field: String(issue.path[0] ?? 'status'), message: issue.message }));
    if (answer.needsConfirmation) problems.unshift(TEXT_CHANGED);
    if (problems.length > 0) missing.push({ standardKey: answer.standardKey, problems });
  }
  return missing;
}

/** The problem of an answer whose standard's text changed: shown at the status (assessment.errors.textChanged). */
export const TEXT_CHANGED = { field: 'status', message: 'textChanged' } as const;
