'use client';

import { useEffect, useId, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { MAX_EVIDENCE_TITLE_LENGTH, MAX_EVIDENCE_URL_LENGTH } from '@/lib/evidence/evidence-rules';
import type { FieldErrors } from '@/lib/forms/action-result';
import { EvidenceFormShell } from '@/components/evidence/evidence-form-shell';
import { useEvidenceForm, type EvidenceFormProps } from '@/components/evidence/use-evidence-form';
import { Field, INPUT_CLASS, describedBy } from '@/components/ui/field';

const loadUrlSchema = () => import('@/lib/evidence/evidence-url-schema').then((m) => m.evidenceUrlSchema);

/** „Link hinzufügen“: new link evidence, or — given `evidenceId` — a new address as a new version. */
export function EvidenceLinkForm({ projectId, target, evidenceId, heading, onSaved, onCancel }: EvidenceFormProps) {
  const t = useTranslations('evidence');
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const urlId = `${id}-url`;
  const titleId = `${id}-title`;
  const { errors, formError, pending, summaryRef, summaryFields, status, send } = useEvidenceForm({
    projectId,
    target,
    evidenceId,
    kind: 'LINK',
    fields: ['url', 'title'],
    onSaved: (item) => {
      formRef.current?.reset();
      onSaved(item);
    },
    progressText: () => t('link.progress'),
    doneText: (item) => t('link.done', { title: item.title, number: item.latest.number }),
  });

  // The schema (zod) loads with the form, not with the page (ADR 010).
  useEffect(() => void loadUrlSchema().catch(() => undefined), []);

  const checking = useRef(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A second click while the schema loads does not send twice.
    if (checking.current || pending) return;
    checking.current = true;
    try {
      const data = new FormData(event.currentTarget);
      const found: FieldErrors = {};
      // Not loaded (offline): the server checks the same schema.
      const url = (await loadUrlSchema().catch(() => null))?.safeParse(data.get('url') ?? '');
      if (url && !url.success) found.url = [url.error.issues[0]?.message ?? 'urlInvalid'];
      if (!evidenceId && !String(data.get('title') ?? '').trim()) found.title = ['titleRequired'];
      send(data, found);
    } finally {
      checking.current = false;
    }
  }

  return (
    <EvidenceFormShell
      formRef={formRef}
      onSubmit={onSubmit}
      heading={heading}
      summaryRef={summaryRef}
      formError={formError}
      summaryFields={summaryFields((field) => (field === 'url' ? t('link.label') : t('link.title')), (field) => (field === 'url' ? urlId : titleId))}
      submitLabel={t('link.submit')}
      pending={pending}
      onCancel={onCancel}
      status={status}
    >
      <Field id={urlId} label={t('link.label')} hint={t('link.hint')} error={errors.url?.join(' ')}>
        <input
          id={urlId}
          name="url"
          type="url"
          inputMode="url"
          maxLength={MAX_EVIDENCE_URL_LENGTH}
          required
          aria-invalid={errors.url ? true : undefined}
          aria-describedby={describedBy(urlId, { hint: true, error: Boolean(errors.url) })}
          className={INPUT_CLASS}
        />
      </Field>
      {!evidenceId && (
        <Field id={titleId} label={t('link.title')} error={errors.title?.join(' ')}>
          <input
            id={titleId}
            name="title"
            type="text"
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
