'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { AnswerDraft } from '@/lib/assessments/answer-fields';
import type { StoredAnswer } from '@/lib/assessments/save-answer';
import { buttonClass } from '@/components/ui/button-classes';

const FIELDS = ['status', 'implementation', 'plannedMeasures', 'targetDate', 'partners'] as const;

/** Both versions side by side; the user decides. Nothing is overwritten before that. */
export function ConflictPanel({
  mine,
  theirs,
  onResolve,
}: {
  mine: AnswerDraft;
  theirs: StoredAnswer;
  onResolve: (choice: 'mine' | 'theirs') => void;
}) {
  const t = useTranslations('assessment');
  const format = useFormatter();
  const show = (answer: AnswerDraft, field: (typeof FIELDS)[number]) => {
    const value = answer[field];
    if (field === 'status') return t(`answerStatus.${answer.status}`);
    return value ? String(value) : t('conflict.empty');
  };
  return (
    <div role="alert" className="mt-4 rounded border-2 border-danger bg-red-50 p-4" data-testid="conflict">
      <h5 className="mb-1 font-semibold">{t('conflict.heading')}</h5>
      <p className="mb-3 text-sm">
        {t('conflict.text', {
          name: theirs.updatedByName ?? t('conflict.someone'),
          time: format.dateTime(new Date(theirs.updatedAt), { dateStyle: 'short', timeStyle: 'short' }),
        })}
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        {[
          { label: t('conflict.mine'), answer: mine, testId: 'conflict-mine' },
          { label: t('conflict.theirs'), answer: theirs, testId: 'conflict-theirs' },
        ].map((column) => (
          <section key={column.testId} aria-label={column.label} data-testid={column.testId} className="rounded bg-white p-3">
            <h6 className="mb-2 font-semibold">{column.label}</h6>
            <dl className="space-y-1 text-sm">
              {FIELDS.map((field) => (
                <div key={field}>
                  <dt className="font-medium">{t(`fields.${field}`)}</dt>
                  <dd className="whitespace-pre-wrap break-words">{show(column.answer, field)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="button" onClick={() => onResolve('mine')} className={buttonClass('primary', 'sm')}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" onClick={() => onResolve('theirs')} className={buttonClass('secondary', 'sm')}>
          {t('conflict.takeTheirs')}
        </button>
      </div>
    </div>
  );
}
