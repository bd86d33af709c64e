import type { AnswerDraft } from '@/lib/assessments/answer-rules';

const FIELDS = ['status', 'implementation', 'plannedMeasures', 'targetDate', 'partners'] as const satisfies readonly (keyof AnswerDraft)[];

export function sameAnswer(a: AnswerDraft, b: AnswerDraft): boolean {
  return FIELDS.every((field) => a[field] === b[field]);
}
