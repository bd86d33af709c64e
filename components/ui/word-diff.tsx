import type { DiffPart } from '@/lib/diff/word-diff';

/**
 * A word-level diff (lib/diff/word-diff.ts) as text: removed words struck through, added ones
 * underlined, each with a hidden word for screen readers (not colour alone). Line breaks of the
 * texts are kept. The caller passes the two hidden words in the reader's language.
 */
export function WordDiff({
  parts,
  labels,
  lang,
  className = 'whitespace-pre-wrap break-words',
}: {
  parts: DiffPart[];
  labels: { added: string; removed: string };
  lang?: string;
  className?: string;
}) {
  return (
    <p className={className} lang={lang}>
      {parts.map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <del key={index} className="bg-red-100 text-red-900">
            <span className="sr-only">[{labels.removed}: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins key={index} className="bg-green-100 text-green-900">
            <span className="sr-only">[{labels.added}: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </p>
  );
}
