'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { TransitionAction } from '@/components/assessment/submit-panel';
import { useAnnounce } from '@/components/ui/action-status';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { buttonClass } from '@/components/ui/button-classes';
import { useErrorText } from '@/components/ui/use-error-text';

/**
 * „Zurückziehen“ (with confirmation), „Neue Fassung bearbeiten“ and „Übernehmen“ of a newer
 * catalogue version (with confirmation; `toVersion` names it); `action` is bound to the project.
 * The button goes away with its success: what happened is said in the page's status line
 * (ActionStatus), which takes the focus. While the action runs the button keeps the focus
 * (`aria-disabled`, a repeat is ignored), so a refusal leaves it where it was.
 */
export function TransitionButton({ kind, action, toVersion }: { kind: 'withdraw' | 'reopen' | 'adopt'; action: TransitionAction; toVersion?: number }) {
  const t = useTranslations('assessment');
  const errorText = useErrorText('assessment');
  const router = useRouter();
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function run() {
    if (pending) return;
    setError(null);
    startTransition(async () => {
      const result = await action().catch(() => ({ ok: false as const, formError: 'network' }));
      setConfirming(false);
      if (result.ok) {
        announce(kind === 'withdraw' ? t('withdraw.done') : kind === 'adopt' ? t('catalogueUpdate.done', { to: toVersion ?? '' }) : t('reopen.done'), { focus: true });
        router.refresh();
      } else setError(errorText(result.formError));
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
        aria-disabled={pending || undefined}
        onClick={() => {
          if (pending) return;
          if (kind === 'reopen') run();
          else setConfirming(true);
        }}
        className={buttonClass('primary')}
      >
        {kind === 'withdraw' ? t('withdraw.button') : kind === 'adopt' ? t('catalogueUpdate.button') : t('reopen.button')}
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
      {kind === 'adopt' && (
        <ConfirmDialog
          open={confirming}
          title={t('catalogueUpdate.confirmTitle', { to: toVersion ?? '' })}
          text={t('catalogueUpdate.confirmText', { to: toVersion ?? '' })}
          confirmLabel={t('catalogueUpdate.confirm')}
          cancelLabel={t('submit.cancel')}
          busy={pending}
          onConfirm={run}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
