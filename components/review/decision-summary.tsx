import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReviewViewData } from '@/lib/review/get-review-view';

/** A decision as both sides read it: what, the „Begründung“, the „Frist“, who and when. */
export async function DecisionSummary({
  decision,
  revisionNumber,
  headingLevel = 2,
}: {
  decision: NonNullable<ReviewViewData['decision']>;
  revisionNumber: number;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const [t, format] = await Promise.all([getTranslations('review'), getFormatter()]);
  const tone = decision.kind === 'ACCEPTED' ? 'border-green-700' : decision.kind === 'REJECTED' ? 'border-danger' : 'border-yellow-600';
  return (
    <section aria-labelledby="decision-heading" className={`rounded-lg border-l-4 ${tone} bg-brand-50 p-5`} data-testid="decision-summary">
      <Heading id="decision-heading" className="mb-2 text-xl font-semibold text-brand-900">
        {t('applicant.decisionHeading', { number: revisionNumber })}: {t(`decision.made.${decision.kind}`)}
      </Heading>
      {decision.reason && (
        <>
          <p className="font-semibold">{t('decision.reason')}</p>
          <p className="mb-2 whitespace-pre-wrap break-words">{decision.reason}</p>
        </>
      )}
      {decision.dueDate && <p className="mb-2 font-semibold">{t('decision.due', { date: format.dateTime(new Date(`${decision.dueDate}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }) })}</p>}
      <p className="text-sm text-muted">
        {t('decision.by', { name: decision.decidedByName ?? t('unknownPerson'), date: format.dateTime(decision.decidedAt, { dateStyle: 'long', timeStyle: 'short' }) })}
        {decision.confirmedByName && ` · ${t('decision.confirmedBy', { name: decision.confirmedByName })}`}
      </p>
    </section>
  );
}
