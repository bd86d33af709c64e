'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/forms/action-result';
import { useAnnounce } from '@/components/ui/action-status';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { buttonClass } from '@/components/ui/button-classes';
import { useErrorText, type ErrorNamespace } from '@/components/ui/use-error-text';

/**
 * A button that asks first („Entfernen“ → dialog → action). On success the page refreshes and
 * the surrounding `ActionStatus` says `done` (or the browser leaves for `leaveTo`); a refusal is
 * shown in the dialog, in the words of `namespace`. Server components can render it: every prop
 * but the bound Server Action is data.
 */
export function ConfirmActionButton<T>({
  label,
  accessibleLabel,
  title,
  text,
  confirmLabel,
  cancelLabel,
  namespace,
  action,
  done,
  leaveTo,
  variant = 'dangerOutline',
  size = 'xs',
  danger = true,
}: {
  label: string;
  /** When the visible label alone does not say what it acts on („Entfernen“ in a table row). */
  accessibleLabel?: string;
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  namespace: ErrorNamespace;
  action: () => Promise<ActionResult<T>>;
  /** What the status line says after success (the page refreshes). */
  done?: string;
  /** Instead: leave for this path after success (e.g. one removed oneself). */
  leaveTo?: string;
  variant?: Parameters<typeof buttonClass>[0];
  size?: Parameters<typeof buttonClass>[1];
  /** The dialog's confirm button in the danger colour (default): removing, disabling, revoking. */
  danger?: boolean;
}) {
  const router = useRouter();
  const announce = useAnnounce();
  const errorText = useErrorText(namespace);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function confirm() {
    startTransition(async () => {
      let result: ActionResult<T>;
      try {
        result = await action();
      } catch {
        result = { ok: false, formError: 'network' };
      }
      if (!result.ok) {
        const fieldKey = Object.values(result.fieldErrors ?? {})[0]?.[0];
        setError(errorText(result.formError ?? fieldKey, result.values));
        return;
      }
      setOpen(false);
      if (leaveTo) {
        window.location.assign(leaveTo);
        return;
      }
      if (done) announce(done);
      router.refresh();
    });
  }

  return (
    <>
      <button
        type="button"
        aria-label={accessibleLabel}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
        className={buttonClass(variant, size)}
      >
        {label}
      </button>
      <ConfirmDialog
        open={open}
        title={title}
        text={text}
        confirmLabel={confirmLabel}
        cancelLabel={cancelLabel}
        busy={pending}
        error={error}
        danger={danger}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}
