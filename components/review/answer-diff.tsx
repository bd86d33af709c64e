import { getTranslations } from 'next-intl/server';
import type { AnswerDiff } from '@/lib/review/diff-answers';
import { WordDiff } from '@/components/ui/word-diff';

/**
 * How one answer changed since the previous submitted revision: the status change and a
 * word-level diff per changed field (components/ui/word-diff.tsx).
 */
export async function AnswerDiffView({ diff, previousNumber }: { diff: AnswerDiff; previousNumber: number }) {
  const [t, tAssessment] = await Promise.all([getTranslations('review'), getTranslations('assessment')]);
  const labels = { added: t('diff.added'), removed: t('diff.removed') };
  if (!diff.changed) return <p className="mb-3 text-sm text-muted">{t('diff.unchanged', { number: previousNumber })}</p>;
  return (
    <div className="mb-4 rounded border-l-4 border-brand-700 bg-brand-50 p-3" data-testid="answer-diff">
      <p className="mb-2 font-semibold">{t('diff.changed', { number: previousNumber })}</p>
      {diff.status && (
        <p className="mb-2">
          {t('diff.status', { before: tAssessment(`answerStatus.${diff.status.before}`), after: tAssessment(`answerStatus.${diff.status.after}`) })}
        </p>
      )}
      {Object.entries(diff.fields).map(([field, parts]) => (
        <div key={field} className="mb-2">
          <p className="text-sm font-semibold">{tAssessment(`fields.${field as 'implementation'}`)}</p>
          <WordDiff parts={parts} labels={labels} />
        </div>
      ))}
    </div>
  );
}
