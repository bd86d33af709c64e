import { getFormatter, getTranslations } from 'next-intl/server';
import type { HistoryEntry } from '@/lib/review/list-assessment-history';

/** The message of each audit action the history shows (an unknown, newer one shows its code). */
const LABELS: Record<string, `history.${'assessment' | 'decision'}.${string}` & Parameters<Awaited<ReturnType<typeof getTranslations<'review'>>>>[0]> = {
  'assessment.submit': 'history.assessment.submit',
  'assessment.withdraw': 'history.assessment.withdraw',
  'assessment.reopen': 'history.assessment.reopen',
  'assessment.startReview': 'history.assessment.startReview',
  'assessment.assigned': 'history.assessment.assigned',
  'assessment.requestChanges': 'history.assessment.requestChanges',
  'assessment.accept': 'history.assessment.accept',
  'assessment.reject': 'history.assessment.reject',
  'decision.proposed': 'history.decision.proposed',
  'decision.confirmed': 'history.decision.confirmed',
  'decision.returned': 'history.decision.returned',
};

/** „Verlauf“: what happened to the self-assessment, newest first. */
export async function HistoryTimeline({ entries }: { entries: HistoryEntry[] }) {
  const [t, format] = await Promise.all([getTranslations('review'), getFormatter()]);
  const label = (entry: HistoryEntry) => {
    const values = { revision: entry.revision ?? '' };
    if (entry.action === 'comment.created') return t(entry.internal ? 'history.comment.internal' : 'history.comment.created', values);
    const key = LABELS[entry.action];
    return key ? t(key, values) : entry.action;
  };
  return (
    <section aria-labelledby="history-heading" className="rounded-lg border border-brand-100 p-5">
      <h2 id="history-heading" className="mb-3 text-xl font-semibold text-brand-900">
        {t('history.heading')}
      </h2>
      {entries.length === 0 ? (
        <p className="text-muted">{t('history.empty')}</p>
      ) : (
        <ol className="space-y-2" data-testid="history">
          {entries.map((entry) => (
            <li key={entry.id} className="border-l-2 border-brand-200 pl-3">
              <time dateTime={entry.at.toISOString()} className="text-sm text-muted">
                {format.dateTime(entry.at, { dateStyle: 'medium', timeStyle: 'short' })}
              </time>
              <p>
                {label(entry)}
                {entry.actorName && <span className="text-muted"> · {t('history.by', { name: entry.actorName })}</span>}
              </p>
              {entry.note && <p className="whitespace-pre-wrap break-words text-sm">{t('history.note', { note: entry.note })}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
