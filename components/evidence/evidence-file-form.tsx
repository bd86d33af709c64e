'use client';

import { useId, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { ALLOWED_FILE_TYPE_LABELS, EVIDENCE_ACCEPT_ATTRIBUTE, MAX_EVIDENCE_FILE_BYTES, MAX_EVIDENCE_TITLE_LENGTH } from '@/lib/evidence/evidence-rules';
import type { FieldErrors } from '@/lib/forms/action-result';
import { EvidenceFormShell } from '@/components/evidence/evidence-form-shell';
import { useEvidenceForm, type EvidenceFormProps } from '@/components/evidence/use-evidence-form';
import { Field, INPUT_CLASS, describedBy } from '@/components/ui/field';

/**
 * „Datei hochladen“: new file evidence (with a title), or — given `evidenceId` — a new version
 * of existing evidence. The size is checked here before anything is sent; the type is decided
 * by the server from the bytes.
 */
export function EvidenceFileForm({ projectId, target, evidenceId, defaultTitle, heading, onSaved, onCancel }: EvidenceFormProps & { defaultTitle?: string }) {
  const t = useTranslations('evidence');
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const fileId = `${id}-file`;
  const titleId = `${id}-title`;
  const { errors, formError, pending, summaryRef, summaryFields, status, send } = useEvidenceForm({
    projectId,
    target,
    evidenceId,
    kind: 'FILE',
    fields: ['file', 'title'],
    onSaved: (item) => {
      formRef.current?.reset();
      onSaved(item);
    },
    progressText: (percent) => t('file.progress', { percent }),
    doneText: (item) => t('file.done', { title: item.title, number: item.latest.number }),
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get('file');
    const found: FieldErrors = {};
    if (!(file instanceof File) || file.name === '') found.file = ['fileRequired'];
    else if (file.size === 0) found.file = ['fileEmpty'];
    else if (file.size > MAX_EVIDENCE_FILE_BYTES) found.file = ['fileTooLarge'];
    if (!evidenceId && !String(data.get('title') ?? '').trim()) found.title = ['titleRequired'];
    send(data, found);
  }

  return (
    <EvidenceFormShell
      formRef={formRef}
      onSubmit={onSubmit}
      heading={heading}
      summaryRef={summaryRef}
      formError={formError}
      summaryFields={summaryFields((field) => (field === 'file' ? t('file.label') : t('file.title')), (field) => (field === 'file' ? fileId : titleId))}
      submitLabel={t('file.submit')}
      pending={pending}
      onCancel={onCancel}
      status={status}
      statusTestId="evidence-upload-status"
    >
      <Field id={fileId} label={t('file.label')} hint={t('file.hint', { types: ALLOWED_FILE_TYPE_LABELS })} error={errors.file?.join(' ')}>
        <input
          id={fileId}
          name="file"
          type="file"
          accept={EVIDENCE_ACCEPT_ATTRIBUTE}
          required
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={describedBy(fileId, { hint: true, error: Boolean(errors.file) })}
          className="block w-full"
        />
      </Field>
      {!evidenceId && (
        <Field id={titleId} label={t('file.title')} error={errors.title?.join(' ')}>
          <input
            id={titleId}
            name="title"
            type="text"
            defaultValue={defaultTitle}
            maxLength={MAX_EVIDENCE_TITLE_LENGTH}
            required
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={describedBy(titleId, { error: Boolean(errors.title) })}
            className={INPUT_CLASS}
          />
        </Field>
      )}
    </EvidenceFormShell>
  );
}
