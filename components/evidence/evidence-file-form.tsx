'use client';

import { useId, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { ALLOWED_FILE_TYPE_LABELS, EVIDENCE_ACCEPT_ATTRIBUTE, MAX_EVIDENCE_FILE_BYTES, MAX_EVIDENCE_TITLE_LENGTH } from '@/lib/evidence/evidence-rules';
import { useEvidenceErrorText } from '@/components/evidence/evidence-form-parts';
import { EvidenceFormShell } from '@/components/evidence/evidence-form-shell';
import { Field, INPUT_CLASS, describedBy } from '@/components/ui/field';
import { useEvidenceSubmit, type EvidenceFormProps } from '@/components/evidence/use-evidence-submit';

/**
 * „Datei hochladen“: new file evidence (with a title), or — given `evidenceId` — a new version
 * of existing evidence. The size is checked here before anything is sent; the type is decided
 * by the server from the bytes.
 */
export function EvidenceFileForm({
  projectId,
  target,
  evidenceId,
  defaultTitle,
  heading,
  onSaved,
  onCancel,
}: EvidenceFormProps & { defaultTitle?: string }) {
  const t = useTranslations('evidence');
  const errorText = useEvidenceErrorText();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { pending, status, errors, submit, fail } = useEvidenceSubmit({ projectId, onSaved });
  const fileId = `${id}-file`;
  const titleId = `${id}-title`;

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get('file');
    const title = String(data.get('title') ?? '').trim();
    const fields: Record<string, string | undefined> = {};
    if (!(file instanceof File) || file.name === '') fields.file = errorText('fileRequired');
    else if (file.size === 0) fields.file = errorText('fileEmpty');
    else if (file.size > MAX_EVIDENCE_FILE_BYTES) fields.file = errorText('fileTooLarge');
    if (!evidenceId && !title) fields.title = errorText('titleRequired');
    if (Object.keys(fields).length > 0) {
      fail(fields);
      return;
    }
    const saved = await submit({
      data,
      kind: 'FILE',
      target,
      evidenceId,
      progressText: (percent) => t('file.progress', { percent }),
      doneText: (item) => t('file.done', { title: item.title, number: item.latest.number }),
    });
    if (saved) formRef.current?.reset();
  }

  return (
    <EvidenceFormShell
      formRef={formRef}
      onSubmit={onSubmit}
      heading={heading}
      errors={errors}
      submitLabel={t('file.submit')}
      pending={pending}
      onCancel={onCancel}
      status={status}
      statusTestId="evidence-upload-status"
    >
      <Field className="mb-3" id={fileId} label={t('file.label')} hint={t('file.hint', { types: ALLOWED_FILE_TYPE_LABELS })} error={errors.fields.file}>
        <input
          id={fileId}
          name="file"
          type="file"
          accept={EVIDENCE_ACCEPT_ATTRIBUTE}
          required
          aria-invalid={errors.fields.file ? true : undefined}
          aria-describedby={describedBy(fileId, { hint: true, error: errors.fields.file })}
          className="block w-full"
        />
      </Field>
      {!evidenceId && (
        <Field className="mb-3" id={titleId} label={t('file.title')} error={errors.fields.title}>
          <input
            id={titleId}
            name="title"
            type="text"
            defaultValue={defaultTitle}
            maxLength={MAX_EVIDENCE_TITLE_LENGTH}
            required
            aria-invalid={errors.fields.title ? true : undefined}
            aria-describedby={describedBy(titleId, { error: errors.fields.title })}
            className={INPUT_CLASS}
          />
        </Field>
      )}
    </EvidenceFormShell>
  );
}
