'use client';

import { useEffect, useId, useRef } from 'react';
import { buttonClass } from '@/components/ui/button-classes';

/**
 * A modal confirmation (native <dialog>: focus moves in and is trapped, Escape cancels, focus
 * returns to the opener; docs/conventions.md, „Focus“). Its ids are unique per instance, so a page can hold several (one per
 * row). A refusal is shown inside it (`error`, role="alert") and the dialog stays open.
 */
export function ConfirmDialog({
  open,
  title,
  text,
  confirmLabel,
  cancelLabel,
  busy,
  error,
  danger,
  onConfirm,
  onCancel,
  children,
}: {
  open: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  busy: boolean;
  error?: string | null;
  /** The confirm button in the danger colour (removing, disabling, merging). */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children?: React.ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg p-6 shadow-xl backdrop:bg-black/40"
    >
      <h2 id={`${id}-title`} className="mb-2 text-xl font-semibold text-brand-900">
        {title}
      </h2>
      <p id={`${id}-text`} className="mb-5">
        {text}
      </p>
      {children}
      {error && (
        <p role="alert" className="mb-4 rounded border-l-4 border-danger bg-red-50 p-3 font-medium" data-testid="dialog-error">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        {/* Not `disabled` while busy: the focus stays on it (a refusal keeps the dialog open). */}
        <button type="button" onClick={busy ? undefined : onConfirm} aria-disabled={busy || undefined} className={buttonClass(danger ? 'danger' : 'primary', 'sm')}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel} className={buttonClass('secondary', 'sm')}>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
