'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { EvidenceItem } from '@/lib/evidence/evidence-item';
import { ALLOWED_FILE_TYPE_LABELS } from '@/lib/evidence/evidence-rules';
import { sendEvidenceRequest } from '@/components/evidence/send-evidence-request';
import { buttonClass } from '@/components/ui/button-classes';
import { useErrorText } from '@/components/ui/use-error-text';
import { EvidenceFileForm } from '@/components/evidence/evidence-file-form';
import { EvidenceLinkForm } from '@/components/evidence/evidence-link-form';
import { EvidenceVersionDetails } from '@/components/evidence/evidence-version-details';
import type { EvidenceTarget } from '@/components/evidence/use-evidence-form';

/**
 * One piece of evidence: title, latest version with download, earlier versions (expandable),
 * „Neue Version hochladen“ and „Entfernen“ with an inline confirmation.
 */
export function EvidenceListItem({
  projectId,
  item,
  target,
  readOnly,
  onSaved,
  onRemoved,
}: {
  projectId: string;
  item: EvidenceItem;
  target: EvidenceTarget;
  readOnly: boolean;
  onSaved: (item: EvidenceItem) => void;
  onRemoved: (item: EvidenceItem) => void;
}) {
  const t = useTranslations('evidence');
  const errorText = useErrorText('evidence');
  const [mode, setMode] = useState<'idle' | 'newVersion' | 'confirmRemove'>('idle');
  const [busy, setBusy] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const VersionForm = item.kind === 'LINK' ? EvidenceLinkForm : EvidenceFileForm;
  const older = item.versions.slice(1);

  async function remove() {
    setBusy(true);
    setRemoveError(null);
    try {
      const result = await sendEvidenceRequest({
        method: 'DELETE',
        url: `/api/projects/${encodeURIComponent(projectId)}/evidence/${encodeURIComponent(item.id)}`,
      });
      if (result.ok) onRemoved(item);
      else setRemoveError(errorText(result.formError, { types: ALLOWED_FILE_TYPE_LABELS }));
    } catch {
      setRemoveError(errorText('network'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="rounded border border-gray-300 p-3" data-testid="evidence-item">
      <p className="font-semibold">
        {item.title}
        {item.kind === 'LINK' && <span className="ml-2 text-sm font-normal text-muted">({t('kindLink')})</span>}
      </p>
      <EvidenceVersionDetails version={item.latest} title={item.title} />
      {older.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-semibold text-brand-800">{t('olderVersions', { count: older.length })}</summary>
          <ul className="mt-2 space-y-2 border-l-2 border-gray-300 pl-3">
            {older.map((version) => (
              <li key={version.id}>
                <EvidenceVersionDetails version={version} title={item.title} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {!readOnly && mode === 'idle' && (
        <div className="mt-2 flex flex-wrap gap-3">
          <button type="button" className={buttonClass('secondary', 'xs')} onClick={() => setMode('newVersion')}>
            {item.kind === 'LINK' ? t('newLinkVersion') : t('newVersion')}
            <span className="sr-only">: {item.title}</span>
          </button>
          <button type="button" className={buttonClass('secondary', 'xs')} onClick={() => setMode('confirmRemove')} aria-label={t('removeLabel', { title: item.title })}>
            {t('remove')}
          </button>
        </div>
      )}
      {!readOnly && mode === 'newVersion' && (
        // A new version has the kind of the evidence: a link stays a link, a file a file.
        <VersionForm
          projectId={projectId}
          target={target}
          evidenceId={item.id}
          heading={t('newVersionHeading', { title: item.title })}
          onSaved={(saved) => {
            onSaved(saved);
            setMode('idle');
          }}
          onCancel={() => setMode('idle')}
        />
      )}
      {!readOnly && mode === 'confirmRemove' && (
        <div className="mt-2 rounded border-l-4 border-danger bg-red-50 p-3">
          <p className="mb-2">{t('removeConfirm', { title: item.title })}</p>
          <div className="flex flex-wrap gap-3">
            <button type="button" className={buttonClass('primary', 'sm')} disabled={busy} onClick={remove}>
              {busy ? t('removing') : t('removeConfirmButton')}
            </button>
            <button type="button" className={buttonClass('secondary', 'xs')} disabled={busy} onClick={() => setMode('idle')}>
              {t('cancel')}
            </button>
          </div>
          {removeError && (
            <p role="alert" className="mt-2 font-semibold text-danger">
              {removeError}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
