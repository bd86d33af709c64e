'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { EvidenceItem } from '@/lib/evidence/evidence-item';
import { EvidenceFileForm } from '@/components/evidence/evidence-file-form';
import { EvidenceLinkForm } from '@/components/evidence/evidence-link-form';
import { EvidenceListItem } from '@/components/evidence/evidence-list-item';
import { buttonClass } from '@/components/ui/button-classes';

type EvidenceSectionProps = {
  projectId: string;
  /** The standard the evidence supports (`std-07`) … */
  standardKey?: string;
  /** … or the participating company (declaration of intent). Exactly one of the two. */
  companyId?: string;
  /** True when the self-assessment is submitted (or the viewer may not change it): list and downloads only. */
  readOnly: boolean;
  /** The evidence for this standard or company, from `listEvidence` (lib/evidence/list-evidence.ts). */
  initialItems: EvidenceItem[];
  /** Level of the section heading (default 3), so it fits the page's outline. */
  headingLevel?: 2 | 3 | 4 | 5;
  /** Overrides of the heading and texts (the company variant says „Absichtserklärung“). */
  heading?: string;
  emptyText?: string;
  /** Prefills the title field of a new upload. */
  defaultTitle?: string;
  /** Offer the link form too (default true). */
  allowLinks?: boolean;
  /**
   * Keep the upload and link forms behind a „Nachweis hinzufügen“ button until asked for
   * (default false). Pages with many sections (the self-assessment: 22) stay short and quick
   * to move through with the keyboard or a screen reader.
   */
  collapsible?: boolean;
};

/**
 * Nachweise of one standard or company: the list (latest version, history, download), and —
 * unless read-only — upload and link forms, a new version per item and removal. The list
 * changes only when the server confirms, so a failed upload loses nothing already saved.
 */
export function EvidenceSection({
  projectId,
  standardKey,
  companyId,
  readOnly,
  initialItems,
  headingLevel = 3,
  heading,
  emptyText,
  defaultTitle,
  allowLinks = true,
  collapsible = false,
}: EvidenceSectionProps) {
  const t = useTranslations('evidence');
  const [items, setItems] = useState(initialItems);
  const [formsOpen, setFormsOpen] = useState(!collapsible);
  const [announcement, setAnnouncement] = useState('');
  const target = standardKey ? { standardKey } : { companyId };
  const Heading = `h${headingLevel}` as const;
  const scope = standardKey ?? companyId ?? 'evidence';

  function saved(item: EvidenceItem) {
    setItems((current) => (current.some((entry) => entry.id === item.id) ? current.map((entry) => (entry.id === item.id ? item : entry)) : [...current, item]));
  }

  function savedVersion(item: EvidenceItem) {
    saved(item);
    setAnnouncement(t(item.kind === 'LINK' ? 'link.done' : 'file.done', { title: item.title, number: item.latest.number }));
  }

  function removed(item: EvidenceItem) {
    setItems((current) => current.filter((entry) => entry.id !== item.id));
    setAnnouncement(t('removed', { title: item.title }));
  }

  return (
    <section aria-labelledby={`evidence-${scope}-heading`} className="mt-4" data-testid="evidence-section">
      <Heading id={`evidence-${scope}-heading`} className="mb-2 text-lg font-semibold text-brand-900">
        {heading ?? t('heading')}
      </Heading>
      {items.length === 0 ? (
        <p className="text-muted">{emptyText ?? t('empty')}</p>
      ) : (
        <ul className="space-y-3">
          {items.map((item) => (
            <EvidenceListItem
              key={item.id}
              projectId={projectId}
              item={item}
              target={target}
              readOnly={readOnly}
              onSaved={savedVersion}
              onRemoved={removed}
            />
          ))}
        </ul>
      )}
      <p aria-live="polite" role="status" className="sr-only">
        {announcement}
      </p>
      {!readOnly && collapsible && (
        <button
          type="button"
          aria-expanded={formsOpen}
          aria-controls={`evidence-${scope}-forms`}
          onClick={() => setFormsOpen((open) => !open)}
          className={`mt-2 ${buttonClass('secondary', 'compact')}`}
        >
          {t('addEvidence')}
        </button>
      )}
      {!readOnly && formsOpen && (
        <div id={`evidence-${scope}-forms`} className="mt-3 grid gap-3 md:grid-cols-2">
          <EvidenceFileForm projectId={projectId} target={target} defaultTitle={defaultTitle} heading={t('file.heading')} onSaved={saved} />
          {allowLinks && <EvidenceLinkForm projectId={projectId} target={target} heading={t('link.heading')} onSaved={saved} />}
        </div>
      )}
    </section>
  );
}
