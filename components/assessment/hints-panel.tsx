'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ApplicabilityHint } from '@/lib/assessments/get-applicability-hints';
import { useAssessment } from '@/components/assessment/assessment-context';
import { buttonClass } from '@/components/ui/button-classes';

/**
 * Applicability hints: offers to mark a standard „Nicht zutreffend“ with a prepared reason that
 * the applicant reads, may edit, and confirms with „Übernehmen“.
 */
export function HintsPanel({ hints }: { hints: { key: ApplicabilityHint; number: number }[] }) {
  const t = useTranslations('assessment.hints');
  const { completeness, apply } = useAssessment();
  const [open, setOpen] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [applied, setApplied] = useState<string | null>(null);
  const visible = hints.filter((hint) => completeness[hint.key]?.status !== 'NOT_APPLICABLE');
  if (visible.length === 0 && !applied) return null;

  return (
    <section aria-labelledby="hints-heading" className="rounded-lg border border-brand-100 p-5">
      <h2 id="hints-heading" className="mb-3 text-xl font-semibold text-brand-900">
        {t('heading')}
      </h2>
      <p role="status" className="mb-2 text-sm font-medium text-success">
        {applied ? t('applied', { number: hints.find((hint) => hint.key === applied)?.number ?? '' }) : ''}
      </p>
      <ul className="space-y-4">
        {visible.map((hint) => (
          <li key={hint.key} data-testid={`hint-${hint.key}`}>
            <p className="mb-2">{t(hint.key)}</p>
            {open === hint.key ? (
              <div className="rounded bg-brand-50 p-3">
                <p className="mb-2 font-semibold">{t('confirmTitle', { number: hint.number })}</p>
                <label htmlFor={`hint-reason-${hint.key}`} className="mb-1 block text-sm font-semibold">
                  {t('reasonLabel')}
                </label>
                <textarea
                  id={`hint-reason-${hint.key}`}
                  value={reason}
                  rows={3}
                  onChange={(event) => setReason(event.target.value)}
                  className="mb-2 w-full rounded border border-gray-500 px-3 py-2"
                />
                <div className="flex flex-wrap gap-3">
                  <button
                    type="button"
                    disabled={reason.trim() === ''}
                    onClick={() => {
                      apply(hint.key, { status: 'NOT_APPLICABLE', implementation: reason.trim() });
                      setApplied(hint.key);
                      setOpen(null);
                    }}
                    className={buttonClass('primary', 'sm')}
                  >
                    {t('confirm')}
                  </button>
                  <button type="button" onClick={() => setOpen(null)} className={buttonClass('secondary', 'sm')}>
                    {t('cancel')}
                  </button>
                </div>
              </div>
            ) : (
              <button
                type="button"
                onClick={() => {
                  setReason(t(`reason-${hint.key}`));
                  setOpen(hint.key);
                }}
                className={buttonClass('secondary', 'compact')}
              >
                {t('offer')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
