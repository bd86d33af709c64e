'use client';

import { useId, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { MAX_EVIDENCE_TITLE_LENGTH, MAX_EVIDENCE_URL_LENGTH } from '@/lib/evidence/evidence-rules';
import { evidenceUrlSchema } from '@/lib/evidence/add-link-evidence-schema';
import { useEvidenceErrorText } from '@/components/evidence/evidence-form-parts';
import { EvidenceFormShell } from '@/components/evidence/evidence-form-shell';
import { Field, INPUT_CLASS, describedBy } from '@/components/ui/field';
import { useEvidenceSubmit, type EvidenceFormProps } from '@/components/evidence/use-evidence-submit';

/** „Link hinzufügen“: new link evidence, or — given `evidenceId` — a new address as a new version. */
export function EvidenceLinkForm({
  projectId,
  target,
  evidenceId,
  heading,
  onSaved,
  onCancel,
}: EvidenceFormProps) {
  const t = useTranslations('evidence');
  const errorText = useEvidenceErrorText();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { pending, status, errors, submit, fail } = useEvidenceSubmit({ projectId, onSaved });
  const urlId = `${id}-url`;
  const titleId = `${id}-title`;

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const fields: Record<string, string | undefined> = {};
    const url = evidenceUrlSchema.safeParse(data.get('url') ?? '');
    if (!url.success) fields.url = errorText(url.error.issues[0]?.message ?? 'urlInvalid');
    if (!evidenceId && !String(data.get('title') ?? '').trim()) fields.title = errorText('titleRequired');
    if (Object.keys(fields).length > 0) {
      fail(fields);
      return;
    }
    const saved = await submit({
      data,
      kind: 'LINK',
      target,
      evidenceId,
      progressText: () => t('link.progress'),
      doneText: (item) => t('link.done', { title: item.title, number: item.latest.number }),
    });
    if (saved) formRef.current?.reset();
  }

  return (
    <EvidenceFormShell
      formRef={formRef}
      onSubmit={onSubmit}
      heading={heading}
      errors={errors}
      submitLabel={t('link.submit')}
      pending={pending}
      onCancel={onCancel}
      status={status}
    >
      <Field className="mb-3" id={urlId} label={t('link.label')} hint={t('link.hint')} error={errors.fields.url}>
        <input
          id={urlId}
          name="url"
          type="url"
          inputMode="url"
          maxLength={MAX_EVIDENCE_URL_LENGTH}
          required
          aria-invalid={errors.fields.url ? true : undefined}
          aria-describedby={describedBy(urlId, { hint: true, error: errors.fields.url })}
          className={INPUT_CLASS}
        />
      </Field>
      {!evidenceId && (
        <Field className="mb-3" id={titleId} label={t('link.title')} error={errors.fields.title}>
          <input
            id={titleId}
            name="title"
            type="text"
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
