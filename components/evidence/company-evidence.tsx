import { getTranslations } from 'next-intl/server';
import type { EvidenceItem } from '@/lib/evidence/evidence-item';
import { EvidenceSection } from '@/components/evidence/evidence-section';

/**
 * The declaration of intent (Absichtserklärung) of a participating company, for the company
 * card: this company's evidence (the page loads the project's evidence once, for all cards)
 * with upload, new version and removal while `editable`.
 */
export async function CompanyEvidence({
  projectId,
  companyId,
  items,
  editable,
  headingLevel = 4,
}: {
  projectId: string;
  companyId: string;
  items: EvidenceItem[];
  editable: boolean;
  headingLevel?: 2 | 3 | 4 | 5;
}) {
  const t = await getTranslations('evidence.declaration');
  return (
    <EvidenceSection
      projectId={projectId}
      companyId={companyId}
      readOnly={!editable}
      initialItems={items}
      headingLevel={headingLevel}
      heading={t('heading')}
      emptyText={t('empty')}
      defaultTitle={t('defaultTitle')}
      allowLinks={false}
    />
  );
}
