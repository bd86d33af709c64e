'use client';

import { useEffect, useRef } from 'react';
import { buttonClass } from '@/components/ui/button-classes';

/** A modal confirmation (native <dialog>: focus is trapped and Escape cancels). */
export function ConfirmDialog({
  open,
  title,
  text,
  confirmLabel,
  cancelLabel,
  busy,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby="confirm-title"
      aria-describedby="confirm-text"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto max-w-lg rounded-lg p-6 shadow-xl backdrop:bg-black/40"
    >
      <h2 id="confirm-title" className="mb-2 text-xl font-semibold text-brand-900">
        {title}
      </h2>
      <p id="confirm-text" className="mb-5">
        {text}
      </p>
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={onConfirm} disabled={busy} className={buttonClass('primary', 'sm')}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel} className={buttonClass('secondary', 'sm')}>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
