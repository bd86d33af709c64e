'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { MissingAnswer } from '@/lib/assessments/list-missing-answers';
import type { ActionResult } from '@/lib/forms/action-result';
import { useAssessment } from '@/components/assessment/assessment-context';
import { useAnnounce } from '@/components/ui/action-status';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { buttonClass } from '@/components/ui/button-classes';
import { useErrorText } from '@/components/ui/use-error-text';

/** submit-, withdraw- or reopenAssessmentAction bound to the project. */
export type TransitionAction = () => Promise<ActionResult<undefined, MissingAnswer[]>>;

/**
 * „Einreichen“: saves what is pending, then asks for confirmation, then freezes the revision.
 * Success is said in the page's status line (ActionStatus), which takes the focus: this panel
 * goes away with the draft. Too early, the focus moves to what is missing.
 */
export function SubmitPanel({ standardKeys, action }: { standardKeys: string[]; action: TransitionAction }) {
  const t = useTranslations('assessment');
  const errorText = useErrorText('assessment');
  const router = useRouter();
  const announce = useAnnounce();
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
      // A request that never got an answer (no connection, the server failing) is a failure too.
      const result = await action().catch(() => ({ ok: false as const, formError: 'network' }));
      setConfirming(false);
      if (result.ok) {
        announce(t('submit.done'), { focus: true });
        router.refresh();
        return;
      }
      setError(errorText(result.formError));
      if (result.formError === 'incomplete') showMissing();
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
      <button type="button" onClick={() => void begin()} className={buttonClass('primary')}>
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
