'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { TransitionAction } from '@/components/assessment/submit-panel';
import { buttonClass } from '@/components/ui/button-classes';
import { useErrorText } from '@/components/ui/use-error-text';

type Confirmation = { pending: boolean; busy: boolean; error: string | null; confirm: () => void };

/** Whether an answer still waits for „Antwort bestätigen“, and the confirmation itself. */
export function useConfirmation({ needed, action }: { needed: boolean; action?: TransitionAction }): Confirmation {
  const router = useRouter();
  const errorText = useErrorText('assessment');
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, startTransition] = useTransition();
  function confirm() {
    if (!action) return;
    startTransition(async () => {
      const result = await action().catch(() => ({ ok: false as const, formError: 'network' as const }));
      if (result.ok) {
        setError(null);
        setConfirmed(true);
        router.refresh();
      } else setError(errorText(result.formError));
    });
  }
  return { pending: needed && !confirmed, busy, error, confirm };
}

/** „Text geändert – bitte prüfen“ above an answer, with „Antwort bestätigen“. */
export function TextChangedNote({ confirmation }: { confirmation: Confirmation }) {
  const t = useTranslations('assessment');
  return (
    <div className="rounded border-l-4 border-yellow-600 bg-yellow-50 p-3" data-testid="text-changed">
      <p className="font-semibold">{t('textChanged.badge')}</p>
      <p className="mb-2 text-sm">{t('textChanged.text')}</p>
      {confirmation.error && (
        <p role="alert" className="mb-2 text-sm font-medium text-danger">
          {confirmation.error}
        </p>
      )}
      <button type="button" onClick={confirmation.confirm} disabled={confirmation.busy} className={buttonClass('secondary', 'sm')}>
        {confirmation.busy ? t('textChanged.confirming') : t('textChanged.confirm')}
      </button>
    </div>
  );
}
