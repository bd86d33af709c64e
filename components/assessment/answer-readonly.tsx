import { getFormatter, getTranslations } from 'next-intl/server';
import type { AnswerDraft } from '@/lib/assessments/answer-fields';

/** A submitted (frozen) answer, as text. */
export async function AnswerReadonly({ answer }: { answer: AnswerDraft }) {
  const [t, format] = await Promise.all([getTranslations('assessment'), getFormatter()]);
  const rows: [string, string][] = [
    [t('fields.status'), t(`answerStatus.${answer.status}`)],
    [t('fields.implementation'), answer.implementation],
    [t('fields.plannedMeasures'), answer.plannedMeasures],
    [t('fields.targetDate'), answer.targetDate ? format.dateTime(new Date(`${answer.targetDate}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }) : ''],
    [t('fields.partners'), answer.partners],
  ];
  return (
    <dl className="space-y-2">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt className="font-semibold">{label}</dt>
          <dd className="whitespace-pre-wrap break-words">{value || '—'}</dd>
        </div>
      ))}
    </dl>
  );
}
