import type { AnswerDraft } from '@/lib/assessments/answer-fields';
import { wordDiff, type DiffPart } from '@/lib/diff/word-diff';

export type { DiffPart };

const TEXT_FIELDS = ['implementation', 'plannedMeasures', 'targetDate', 'partners'] as const;
export type DiffedField = (typeof TEXT_FIELDS)[number];

/** How one standard's answer changed from the previous submitted revision to this one. */
export type AnswerDiff = {
  changed: boolean;
  status: { before: AnswerDraft['status']; after: AnswerDraft['status'] } | null;
  /** Only the fields whose text changed, each as a word-level diff. */
  fields: Partial<Record<DiffedField, DiffPart[]>>;
};

/**
 * Compares two answers to one standard (the `diff` library's word diff, so a reviewer sees
 * which words changed rather than two whole texts). No previous answer (a standard new in this
 * revision) counts as a change from empty.
 */
export function diffAnswers(before: AnswerDraft | undefined, after: AnswerDraft): AnswerDiff {
  const fields: AnswerDiff['fields'] = {};
  for (const field of TEXT_FIELDS) {
    const old = before?.[field] ?? '';
    const now = after[field] ?? '';
    if (old === now) continue;
    fields[field] = wordDiff(old, now);
  }
  const status = !before || before.status !== after.status ? { before: before?.status ?? 'OPEN', after: after.status } : null;
  return { changed: status !== null || Object.keys(fields).length > 0, status, fields };
}
