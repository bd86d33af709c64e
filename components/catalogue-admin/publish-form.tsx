'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { CHANGE_NOTE_MAX_LENGTH } from '@/lib/catalogue/catalogue-text';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field, INPUT_CLASS, describedBy } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';

const FIELDS = ['changeNote'] as const;

/**
 * „Veröffentlichen“ with the required „Änderungshinweis“: checked first, then a confirmation
 * (a published version never changes again), then back to the list of versions.
 */
export function PublishForm({ number, action }: { number: number; action: (input: unknown) => Promise<ActionResult<{ id: string; number: number }>> }) {
  const t = useTranslations('catalogueAdmin');
  const router = useRouter();
  const [changeNote, setChangeNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const { errors, formError, pending, summaryRef, submit, fail, summaryFields } = useActionForm({
    namespace: 'catalogueAdmin',
    fields: FIELDS,
    schema: () => import('@/lib/catalogue/publish-catalogue-version-schema').then((m) => m.publishCatalogueVersionSchema),
    action,
    onSuccess: (published) => router.push(`/admin/catalogue?published=${published.number}`),
    onFailure: () => setConfirming(false),
  });
  const error = errors.changeNote?.join(' ');
  return (
    <form
      noValidate
      className="max-w-2xl space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        // The note is checked before the confirmation is asked for.
        if (changeNote.trim() === '') fail({ fieldErrors: { changeNote: ['changeNoteRequired'] } });
        else setConfirming(true);
      }}
    >
      <ErrorSummary ref={summaryRef} title={t('publishErrorSummary')} formError={formError} fields={summaryFields(() => t('changeNote'), () => 'changeNote')} />
      <Field id="changeNote" label={t('changeNote')} hint={t('changeNoteHint')} error={error}>
        <textarea
          id="changeNote"
          name="changeNote"
          rows={4}
          maxLength={CHANGE_NOTE_MAX_LENGTH}
          value={changeNote}
          onChange={(event) => setChangeNote(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy('changeNote', { hint: true, error })}
          className={INPUT_CLASS}
        />
      </Field>
      <button type="submit" disabled={pending} className={buttonClass('primary')}>
        {pending ? t('publishing') : t('publish')}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t('publishConfirmTitle', { number })}
        text={t('publishConfirmText')}
        confirmLabel={t('publish')}
        cancelLabel={t('cancel')}
        busy={pending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => submit({ changeNote })}
      />
    </form>
  );
}
