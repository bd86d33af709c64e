'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { reopenAssessmentAction, withdrawAssessmentAction } from '@/app/(applicant)/projects/[id]/assessment/actions';
import { ConfirmDialog } from '@/components/assessment/confirm-dialog';

/** „Zurückziehen“ (with confirmation) and „Neue Fassung bearbeiten“. */
export function TransitionButton({ projectId, kind }: { projectId: string; kind: 'withdraw' | 'reopen' }) {
  const t = useTranslations('assessment');
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function run() {
    startTransition(async () => {
      const result = kind === 'withdraw' ? await withdrawAssessmentAction(projectId) : await reopenAssessmentAction(projectId);
      setConfirming(false);
      if (result.ok) router.refresh();
      else setError(t(`errors.${result.code}` as 'errors.unknown'));
    });
  }

  return (
    <div>
      {error && (
        <p role="alert" className="mb-3 rounded border-l-4 border-danger bg-red-50 p-3 font-medium">
          {error}
        </p>
      )}
      <button
        type="button"
        disabled={pending}
        onClick={() => (kind === 'withdraw' ? setConfirming(true) : run())}
        className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {kind === 'withdraw' ? t('withdraw.button') : t('reopen.button')}
      </button>
      {kind === 'withdraw' && (
        <ConfirmDialog
          open={confirming}
          title={t('withdraw.confirmTitle')}
          text={t('withdraw.confirmText')}
          confirmLabel={t('withdraw.confirm')}
          cancelLabel={t('submit.cancel')}
          busy={pending}
          onConfirm={run}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
