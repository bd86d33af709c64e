'use client';

import { useId, useRef } from 'react';
import { useTranslations } from 'next-intl';
import type { EvidenceItem } from '@/lib/evidence/evidence-item';
import { MAX_EVIDENCE_TITLE_LENGTH, MAX_EVIDENCE_URL_LENGTH } from '@/lib/evidence/evidence-rules';
import { evidenceUrlSchema } from '@/lib/evidence/add-link-evidence-schema';
import { BUTTON_PRIMARY, BUTTON_SECONDARY, ErrorSummary, Field, INPUT_CLASS, describedBy, useEvidenceErrorText } from '@/components/evidence/evidence-form-parts';
import type { EvidenceTarget } from '@/components/evidence/evidence-file-form';
import { useEvidenceSubmit } from '@/components/evidence/use-evidence-submit';

/** „Link hinzufügen“: new link evidence, or — given `evidenceId` — a new address as a new version. */
export function EvidenceLinkForm({
  projectId,
  target,
  evidenceId,
  heading,
  onSaved,
  onCancel,
}: {
  projectId: string;
  target: EvidenceTarget;
  evidenceId?: string;
  heading: string;
  onSaved: (item: EvidenceItem) => void;
  onCancel?: () => void;
}) {
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
    data.set('kind', 'LINK');
    if (target.standardKey) data.set('standardKey', target.standardKey);
    if (target.companyId) data.set('companyId', target.companyId);
    if (evidenceId) data.set('evidenceId', evidenceId);
    const saved = await submit({
      data,
      progressText: () => t('link.progress'),
      doneText: (item) => t('link.done', { title: item.title, number: item.latest.number }),
    });
    if (saved) formRef.current?.reset();
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={heading} className="mt-3 rounded border border-gray-300 p-3">
      <p className="mb-2 font-semibold">{heading}</p>
      <ErrorSummary errors={errors} title={t('errorSummary')} />
      <Field id={urlId} label={t('link.label')} hint={t('link.hint')} error={errors.fields.url}>
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
        <Field id={titleId} label={t('link.title')} error={errors.fields.title}>
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
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
          {t('link.submit')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} className={BUTTON_SECONDARY}>
            {t('cancel')}
          </button>
        )}
        <p aria-live="polite" role="status" className="text-sm">
          {status}
        </p>
      </div>
    </form>
  );
}
