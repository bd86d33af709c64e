import { diffWords } from 'diff';

/** A piece of a word-level diff: unchanged, added in the newer text, or removed from the older one. */
export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/**
 * The word-level diff of two texts (the `diff` library's word diff), so a reader sees which
 * words changed rather than two whole texts. Used by the review (answers between revisions) and
 * the catalogue (standards between versions); `components/ui/word-diff.tsx` shows it.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}
