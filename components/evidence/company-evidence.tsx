import { getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { listProjectEvidenceForRequest } from '@/lib/evidence/list-project-evidence-for-request';
import { EvidenceSection } from '@/components/evidence/evidence-section';

/**
 * The declaration of intent (Absichtserklärung) of a participating company, for the company
 * card: loads the project's evidence once per request (shared by all cards of the page) and
 * shows this company's part with upload, new version and removal while `editable`.
 */
export async function CompanyEvidence({
  projectId,
  companyId,
  editable,
  headingLevel = 4,
}: {
  projectId: string;
  companyId: string;
  editable: boolean;
  headingLevel?: 2 | 3 | 4 | 5;
}) {
  const user = await getCurrentUser();
  if (!user) return null;
  const [t, all] = await Promise.all([getTranslations('evidence.declaration'), listProjectEvidenceForRequest(user, projectId)]);
  return (
    <EvidenceSection
      projectId={projectId}
      companyId={companyId}
      readOnly={!editable}
      initialItems={all.filter((item) => item.companyId === companyId)}
      headingLevel={headingLevel}
      heading={t('heading')}
      emptyText={t('empty')}
      defaultTitle={t('defaultTitle')}
      allowLinks={false}
    />
  );
}
