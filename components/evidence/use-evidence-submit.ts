'use client';

import { useState } from 'react';
import type { EvidenceItem } from '@/lib/evidence/evidence-item';
import { errorsOf, sendEvidenceRequest } from '@/components/evidence/send-evidence-request';
import { useEvidenceErrorText, type FormErrors } from '@/components/evidence/evidence-form-parts';

/** Where new evidence belongs: a standard of the self-assessment, a participating company. */
export type EvidenceTarget = { standardKey?: string; companyId?: string };

/** What the file and the link form are given: `evidenceId` for a new version of existing evidence. */
export type EvidenceFormProps = {
  projectId: string;
  target: EvidenceTarget;
  evidenceId?: string;
  heading: string;
  onSaved: (item: EvidenceItem) => void;
  onCancel?: () => void;
};

/** Which fields a server error key belongs to in the form. */
const FIELD_OF: Record<string, string> = { standardKey: 'form', companyId: 'form', evidenceId: 'form', kind: 'form' };

/**
 * Sends an evidence form (file or link) to the upload route and keeps the form's state:
 * pending, a status text for the aria-live region, errors by field. A failure changes nothing
 * that is saved; the caller's list is updated only on success.
 */
export function useEvidenceSubmit({ projectId, onSaved }: { projectId: string; onSaved: (item: EvidenceItem) => void }) {
  const errorText = useEvidenceErrorText();
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });

  function fail(fields: Record<string, string | undefined>, form?: string) {
    setErrors({ form, fields });
    setStatus('');
  }

  /** Sends `data` with the evidence kind, where it belongs (`target`) and, for a new version, `evidenceId`. */
  async function submit({
    data,
    kind,
    target,
    evidenceId,
    progressText,
    doneText,
  }: {
    data: FormData;
    kind: 'FILE' | 'LINK';
    target: EvidenceTarget;
    evidenceId?: string;
    progressText: (percent: number) => string;
    doneText: (item: EvidenceItem) => string;
  }): Promise<boolean> {
    data.set('kind', kind);
    if (target.standardKey) data.set('standardKey', target.standardKey);
    if (target.companyId) data.set('companyId', target.companyId);
    if (evidenceId) data.set('evidenceId', evidenceId);
    setPending(true);
    setErrors({ fields: {} });
    setStatus(progressText(0));
    try {
      const response = await sendEvidenceRequest({
        method: 'POST',
        url: `/api/projects/${encodeURIComponent(projectId)}/evidence`,
        body: data,
        onProgress: (percent) => setStatus(progressText(percent)),
      });
      if (response.status === 201 && response.body?.ok) {
        onSaved(response.body.item);
        setStatus(doneText(response.body.item));
        return true;
      }
      const { formError, fieldErrors } = errorsOf(response);
      const fields: Record<string, string | undefined> = {};
      let form: string | undefined;
      for (const [field, keys] of Object.entries(fieldErrors)) {
        const target = FIELD_OF[field] ?? field;
        if (target === 'form') form ??= errorText(keys[0] ?? 'unknown');
        else fields[target] ??= errorText(keys[0] ?? 'unknown');
      }
      if (Object.keys(fields).length === 0) form ??= errorText(formError);
      fail(fields, form);
      return false;
    } catch {
      fail({}, errorText('network'));
      return false;
    } finally {
      setPending(false);
    }
  }

  return { pending, status, errors, submit, fail };
}
