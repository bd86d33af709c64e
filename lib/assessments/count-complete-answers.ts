import { isAnswerComplete, toAnswerDraft, type AnswerStatusValue } from '@/lib/assessments/answer-rules';

type AnswerRow = {
  status: AnswerStatusValue;
  implementation: string;
  plannedMeasures: string;
  targetDate: Date | null;
  partners: string;
};

/** How many of the given answers meet every rule for submission. */
export function countCompleteAnswers(answers: AnswerRow[]): number {
  return answers.filter((answer) => isAnswerComplete(toAnswerDraft(answer))).length;
}
