'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { submitAssessmentAction } from '@/app/(applicant)/projects/[id]/assessment/actions';
import { useAssessment } from '@/components/assessment/assessment-context';
import { ConfirmDialog } from '@/components/assessment/confirm-dialog';

/** „Einreichen“: saves what is pending, then asks for confirmation, then freezes the revision. */
export function SubmitPanel({ projectId, standardKeys }: { projectId: string; standardKeys: string[] }) {
  const t = useTranslations('assessment');
  const router = useRouter();
  const { completeness, flushAll, setShowRequired } = useAssessment();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const complete = standardKeys.every((key) => completeness[key]?.complete);

  function showMissing() {
    setShowRequired(true);
    document.getElementById('missing-list')?.setAttribute('open', '');
    document.getElementById('missing-list')?.focus();
  }

  async function begin() {
    setError(null);
    if (!complete) {
      setError(t('submit.notYet'));
      showMissing();
      return;
    }
    if (!(await flushAll())) {
      setError(t('autosave.invalid'));
      return;
    }
    setConfirming(true);
  }

  function confirm() {
    startTransition(async () => {
      const result = await submitAssessmentAction(projectId);
      setConfirming(false);
      if (result.ok) {
        router.refresh();
        return;
      }
      setError(t(`errors.${result.code}` as 'errors.unknown'));
      if (result.code === 'incomplete') showMissing();
    });
  }

  return (
    <section aria-labelledby="submit-heading" className="rounded-lg border-2 border-brand-700 p-5">
      <h2 id="submit-heading" className="mb-2 text-xl font-semibold text-brand-900">
        {t('submit.heading')}
      </h2>
      <p className="mb-4">{t('submit.intro')}</p>
      {error && (
        <p role="alert" className="mb-4 rounded border-l-4 border-danger bg-red-50 p-3 font-medium" data-testid="submit-error">
          {error}
        </p>
      )}
      <button type="button" onClick={() => void begin()} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
        {t('submit.button')}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t('submit.confirmTitle')}
        text={t('submit.confirmText')}
        confirmLabel={t('submit.confirm')}
        cancelLabel={t('submit.cancel')}
        busy={pending}
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
