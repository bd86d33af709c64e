'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { EvidenceVersionItem } from '@/lib/evidence/evidence-item';

/** Formats a byte count as KB or MB in the reader's language. */
function useFileSize() {
  const t = useTranslations('evidence');
  const format = useFormatter();
  return (bytes: number) =>
    bytes < 1024 * 1024
      ? t('sizeKb', { size: format.number(Math.max(1, Math.round(bytes / 1024))) })
      : t('sizeMb', { size: format.number(bytes / (1024 * 1024), { maximumFractionDigits: 1 }) });
}

/** One version: file name, type, size, version number, upload time and the download (or link). */
export function EvidenceVersionDetails({ version, title }: { version: EvidenceVersionItem; title: string }) {
  const t = useTranslations('evidence');
  const format = useFormatter();
  const fileSize = useFileSize();
  const uploadedAt = format.dateTime(new Date(version.uploadedAt), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
      {version.url ? (
        <a
          href={version.url}
          rel="noopener noreferrer nofollow"
          className="break-all text-brand-800 underline"
          aria-label={t('openLinkLabel', { title, number: version.number })}
        >
          {version.url}
        </a>
      ) : (
        <>
          <span className="break-all font-medium">{version.fileName}</span>
          <span>
            {t('fields.type')}: {version.typeLabel}
          </span>
          <span>
            {t('fields.size')}: {version.size !== null ? fileSize(version.size) : ''}
          </span>
        </>
      )}
      <span>{t('version', { number: version.number })}</span>
      {version.sha256 && (
        <span className="break-all">
          {t('fields.sha256')}: <code className="text-xs">{version.sha256}</code>
        </span>
      )}
      <span>
        {t('fields.uploadedAt')}: <time dateTime={version.uploadedAt}>{uploadedAt}</time>
      </span>
      {!version.url && (
        <a
          href={`/api/evidence/versions/${encodeURIComponent(version.id)}`}
          download
          className="font-semibold text-brand-800 underline"
          aria-label={t('downloadLabel', { title, number: version.number })}
        >
          {t('download')}
        </a>
      )}
    </div>
  );
}
