import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReviewQueueQuery } from '@/lib/review/list-review-queue-schema';
import { buttonClass } from '@/components/ui/button-classes';
import { QueueFilterFields } from '@/components/review-queue/queue-filter-fields';

/**
 * The queue's filters: a plain GET form (no JavaScript), so the filter state is the URL. Sort
 * and direction ride along as hidden fields; a new filter starts again at page 1.
 */
export async function QueueFilters({ query, organisations }: { query: ReviewQueueQuery; organisations: { id: string; name: string }[] }) {
  const t = await getTranslations('reviewQueue');
  return (
    <form method="get" action="/review" aria-labelledby="queue-filters-heading" className="mb-6 rounded border border-gray-300 p-4">
      <h2 id="queue-filters-heading" className="mb-3 text-xl font-semibold">
        {t('filters.heading')}
      </h2>
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <QueueFilterFields query={query} organisations={organisations} />
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass('primary', 'sm')}>
          {t('filters.apply')}
        </button>
        <Link href="/review" className="text-brand-800 underline">
          {t('filters.reset')}
        </Link>
      </div>
    </form>
  );
}
