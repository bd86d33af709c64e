import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { listQueueOrganisations } from '@/lib/review/list-queue-organisations';
import { listReviewQueueSchema } from '@/lib/review/list-review-queue-schema';
import { PageHeader } from '@/components/ui/page-header';
import { AssessmentExportForm } from '@/components/exports/assessment-export-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('exports');
  return { title: t('title') };
}

/**
 * „Exporte“ (the administration area, `admin:access`, and `assessments:export`): the review queue's filters as a GET form that
 * downloads the self-assessments from /api/exports/assessments (ADR 028). Administrators have no
 * queue; officers export from theirs.
 */
export default async function ExportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // The administration area (officers export from their queue), then the export itself.
  await requirePermission('admin:access');
  const actor = await requirePermission('assessments:export');
  const [t, query] = await Promise.all([getTranslations('exports'), searchParams]);
  const organisations = await listQueueOrganisations({ actor, scope: 'export' });
  return (
    <>
      <PageHeader title={t('title')}>
        <p className="max-w-3xl">{t('intro')}</p>
      </PageHeader>
      <AssessmentExportForm query={listReviewQueueSchema.parse(query)} organisations={organisations} />
    </>
  );
}
