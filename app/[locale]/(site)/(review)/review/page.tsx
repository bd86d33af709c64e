import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { listQueueOrganisations } from '@/lib/review/list-queue-organisations';
import { listReviewQueue } from '@/lib/review/list-review-queue';
import { PageHeader } from '@/components/ui/page-header';
import { QueueFilters } from '@/components/review-queue/queue-filters';
import { QueueTable } from '@/components/review-queue/queue-table';
import { AssessmentExportLinks } from '@/components/exports/assessment-export-links';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reviewQueue');
  return { title: t('title') };
}

/** „Prüfliste“: every submitted self-assessment, filtered, sorted and paged through the URL (docs/decisions/016-review-queue.md). */
export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission('review:read');
  const [t, query, locale] = await Promise.all([getTranslations('reviewQueue'), searchParams, getLocale()]);
  const [queue, organisations] = await Promise.all([listReviewQueue({ actor, query, locale }), listQueueOrganisations({ actor })]);
  return (
    <>
      <PageHeader title={t('title')}>
        <p>{t('intro')}</p>
      </PageHeader>
      <QueueFilters query={queue.filters} organisations={organisations} />
      {queue.total > 0 && <AssessmentExportLinks query={queue.filters} />}
      {queue.total === 0 ? (
        <div className="rounded border border-gray-300 bg-brand-50 p-6">
          <p className="font-semibold">{organisations.length === 0 ? t('emptyNone') : t('empty')}</p>
        </div>
      ) : (
        <QueueTable queue={queue} />
      )}
    </>
  );
}
