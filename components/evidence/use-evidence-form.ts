'use client';

import { useState } from 'react';
import type { EvidenceItem } from '@/lib/evidence/evidence-item';
import { ALLOWED_FILE_TYPE_LABELS } from '@/lib/evidence/evidence-rules';
import type { FieldErrors } from '@/lib/forms/action-result';
import { sendEvidenceRequest } from '@/components/evidence/send-evidence-request';
import { useActionForm } from '@/components/ui/use-action-form';

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

/**
 * An evidence form (file or link) on the portal's form hook: `send(data, fieldErrors)` shows the
 * form's own findings, or posts the form with its kind, target and evidence to the upload route,
 * and keeps a status text for the live region (progress, done). The caller's list changes only
 * when the server confirms, so a failure loses nothing that is saved.
 */
export function useEvidenceForm<F extends string>({
  projectId,
  target,
  evidenceId,
  kind,
  fields,
  onSaved,
  progressText,
  doneText,
}: Pick<EvidenceFormProps, 'projectId' | 'target' | 'evidenceId' | 'onSaved'> & {
  kind: 'FILE' | 'LINK';
  fields: readonly F[];
  progressText: (percent: number) => string;
  doneText: (item: EvidenceItem) => string;
}) {
  const [status, setStatus] = useState('');
  const form = useActionForm({
    namespace: 'evidence',
    fields,
    messageValues: { types: ALLOWED_FILE_TYPE_LABELS },
    action: (data: FormData) => {
      data.set('kind', kind);
      if (target.standardKey) data.set('standardKey', target.standardKey);
      if (target.companyId) data.set('companyId', target.companyId);
      if (evidenceId) data.set('evidenceId', evidenceId);
      setStatus(progressText(0));
      return sendEvidenceRequest({
        method: 'POST',
        url: `/api/projects/${encodeURIComponent(projectId)}/evidence`,
        body: data,
        onProgress: (percent) => setStatus(progressText(percent)),
      });
    },
    onSuccess: (item) => {
      onSaved(item!);
      setStatus(doneText(item!));
    },
    onFailure: () => setStatus(''),
  });

  function send(data: FormData, found: FieldErrors) {
    if (Object.keys(found).length > 0) form.fail({ fieldErrors: found });
    else form.submit(data);
  }

  return { ...form, status, send };
}
