'use client';

import { useState } from 'react';
import type { EvidenceItem } from '@/lib/evidence/evidence-item';
import { errorsOf, sendEvidenceRequest } from '@/components/evidence/send-evidence-request';
import { useEvidenceErrorText, type FormErrors } from '@/components/evidence/evidence-form-parts';

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

  async function submit({
    data,
    progressText,
    doneText,
  }: {
    data: FormData;
    progressText: (percent: number) => string;
    doneText: (item: EvidenceItem) => string;
  }): Promise<boolean> {
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
