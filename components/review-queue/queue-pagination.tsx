import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReviewQueue } from '@/lib/review/list-review-queue';
import { queueHref } from '@/components/review-queue/queue-href';

/** Page numbers shown: the first, the last and two either side of the current one (thousands of rows are 60+ pages). */
function pageWindow(page: number, pageCount: number): (number | 'gap')[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  return shown.flatMap((n, index) => (index > 0 && n - shown[index - 1]! > 1 ? ['gap' as const, n] : [n]));
}

/** „Seite x von y“, previous/next and a window of page links; every link keeps the filters. */
export async function QueuePagination({ queue }: { queue: ReviewQueue }) {
  const t = await getTranslations('reviewQueue');
  const { page, pageCount } = queue;
  const href = (target: number) => queueHref(queue.filters, { page: target });
  const link = 'rounded px-3 py-1 text-brand-800 underline hover:bg-brand-50';
  return (
    <nav aria-label={t('pagination.label')} className="mt-4">
      <p className="mb-2 text-sm text-muted">{t('pagination.status', { page, pages: pageCount })}</p>
      <ul className="flex flex-wrap items-center gap-1">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev" className={link}>
              {t('pagination.previous')}
            </Link>
          </li>
        )}
        {pageWindow(page, pageCount).map((entry, index) =>
          entry === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1">
              …
            </li>
          ) : (
            <li key={entry}>
              <Link
                href={href(entry)}
                aria-current={entry === page ? 'page' : undefined}
                aria-label={t('pagination.page', { page: entry })}
                className={entry === page ? 'rounded bg-brand-800 px-3 py-1 font-semibold text-white' : link}
              >
                {entry}
              </Link>
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link href={href(page + 1)} rel="next" className={link}>
              {t('pagination.next')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
