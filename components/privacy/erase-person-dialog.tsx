'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { ErrorSummary } from '@/components/ui/error-summary';
import { UncontrolledTextField } from '@/components/ui/text-field';
import { buttonClass } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';

type Values = { userId: string; confirmEmail: string };

/**
 * „Person löschen“: a button that opens a modal (native <dialog>: focus stays inside, Escape
 * cancels) in which the administrator types the person's e-mail address again; only then does
 * „Endgültig löschen“ run the erasure (the server compares the address too). Once the person is
 * erased (`erased`, or just now) it says so instead, and takes the focus after the erasure.
 */
export function ErasePersonDialog({
  userId,
  email,
  erased: erasedBefore,
  action,
}: {
  userId: string;
  email: string;
  erased: boolean;
  action: (input: Values) => Promise<ActionResult<{ userId: string }>>;
}) {
  const t = useTranslations('privacy');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [open, setOpen] = useState(false);
  const [erasedHere, setErasedHere] = useState(false);
  const { errors, formError, pending, summaryRef, submit, clear, summaryFields } = useActionForm({
    namespace: 'privacy',
    fields: ['confirmEmail'],
    schema: () => import('@/lib/privacy/erase-person-schema').then((m) => m.erasePersonSchema),
    action,
    onSuccess: () => {
      setErasedHere(true);
      setOpen(false);
    },
  });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  useEffect(() => {
    if (erasedHere) statusRef.current?.focus();
  }, [erasedHere]);

  function cancel() {
    setOpen(false);
    clear();
    formRef.current?.reset();
    openerRef.current?.focus();
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({ userId, confirmEmail: String(new FormData(event.currentTarget).get('confirmEmail') ?? '') });
  }

  if (erasedBefore || erasedHere) {
    return (
      <p ref={statusRef} role="status" tabIndex={-1} className="font-semibold" data-testid="erase-status">
        {erasedHere ? t('person.erased') : t('person.alreadyErased')}
      </p>
    );
  }
  return (
    <>
      <button ref={openerRef} type="button" onClick={() => setOpen(true)} className={buttonClass('danger')}>
        {t('person.erase')}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby="erase-title"
        aria-describedby="erase-text"
        onCancel={(event) => {
          event.preventDefault();
          cancel();
        }}
        className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg p-6 shadow-xl backdrop:bg-black/40"
      >
        <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
          <h2 id="erase-title" className="text-xl font-semibold text-brand-900">
            {t('dialog.title')}
          </h2>
          <p id="erase-text" className="break-words">
            {t('dialog.text', { email })}
          </p>
          <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields(() => t('dialog.confirmEmail'))} />
          <UncontrolledTextField id="confirmEmail" type="email" autoComplete="off" spellCheck={false} required label={t('dialog.confirmEmail')} errors={errors.confirmEmail} />
          <div className="flex flex-wrap gap-3">
            <button type="submit" disabled={pending} className={buttonClass('danger', 'sm')}>
              {pending ? t('dialog.erasing') : t('dialog.confirm')}
            </button>
            <button type="button" onClick={cancel} className={buttonClass('secondary', 'sm')}>
              {t('dialog.cancel')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
