import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReviewQueue, ReviewQueueRow } from '@/lib/review/list-review-queue';
import type { QueueSortKey, SortDirection } from '@/lib/review/list-review-queue-schema';
import { queueHref } from '@/components/review-queue/queue-href';
import { QueuePagination } from '@/components/review-queue/queue-pagination';

type T = Awaited<ReturnType<typeof getTranslations<'reviewQueue'>>>;

/** The natural first direction of each column: oldest submission first, everything else A→Z. */
const FIRST_DIRECTION: Record<QueueSortKey, SortDirection> = { project: 'asc', organisation: 'asc', submittedAt: 'asc', status: 'asc', assignee: 'asc' };

/**
 * The review queue: sortable column headers (links with aria-sort), one row per self-assessment,
 * highlighted rows (waiting unassigned too long) marked with an icon and text, not by colour
 * alone; pagination below.
 */
export async function QueueTable({ queue }: { queue: ReviewQueue }) {
  const [t, format] = await Promise.all([getTranslations('reviewQueue'), getFormatter()]);
  return (
    <>
      {/* The table scrolls in its own labelled, keyboard-reachable region, never the page (WCAG 1.4.10). */}
      <p id="queue-caption" className="mb-2 text-muted">
        {t('tableCaption')} ({t('count', { total: queue.total })})
      </p>
      <p className="mb-2 text-sm text-muted">{t('highlightNote', { days: queue.highlightDays })}</p>
      <div role="region" aria-labelledby="queue-caption" tabIndex={0} className="relative overflow-x-auto focus-visible:outline-2">
        {/* Cell spacing, row lines and the counts' layout are set once here, not on each of the
            350 cells of a page: every class is written twice (HTML and RSC payload). */}
        <table
          aria-labelledby="queue-caption"
          className="w-full border-collapse text-left [&_td]:p-2 [&_th]:p-2 [&_th]:text-left [&>tbody>tr]:border-b [&>tbody>tr]:border-b-gray-300 [&>tbody>tr]:align-top [&_li]:grid [&_li]:grid-cols-[2.5ch_1fr] [&_li]:gap-x-1 [&_li>:first-child]:text-right [&_li>:first-child]:tabular-nums"
        >
          <thead className="border-b-2 border-brand-700 bg-brand-50">
            <tr>
              <SortHeader queue={queue} t={t} column="project" label={t('columns.project')} />
              <SortHeader queue={queue} t={t} column="organisation" label={t('columns.organisation')} />
              <SortHeader queue={queue} t={t} column="submittedAt" label={t('columns.submittedAt')} />
              <SortHeader queue={queue} t={t} column="status" label={t('columns.status')} />
              <SortHeader queue={queue} t={t} column="assignee" label={t('columns.assignee')} />
              <th scope="col">
                {t('columns.findings')}
              </th>
            </tr>
          </thead>
          <tbody>
            {queue.rows.map((row) => (
              <QueueRow key={row.id} row={row} t={t} submittedAt={format.dateTime(row.submittedAt, { dateStyle: 'medium', timeStyle: 'short' })} />
            ))}
          </tbody>
        </table>
      </div>
      {queue.pageCount > 1 && <QueuePagination queue={queue} />}
    </>
  );
}

function QueueRow({ row, t, submittedAt }: { row: ReviewQueueRow; t: T; submittedAt: string }) {
  // The first column carries the revision and the highlight text: it is the one a narrow screen always shows.
  return (
    <tr className={row.highlighted ? 'border-l-4 border-l-amber-600 bg-amber-50' : undefined}>
      <th scope="row" className="min-w-40 font-normal">
        <Link href={`/review/${row.id}`} className="font-semibold break-words text-brand-800 underline">
          {row.title}
        </Link>
        <span className="block text-sm text-muted">{t('revisionNumber', { number: row.revisionNumber })}</span>
        {row.highlighted && (
          <span className="mt-1 flex items-center gap-1 text-sm font-semibold text-amber-900">
            <span aria-hidden="true">⚠</span>
            {t('waiting', { days: row.waitingDays })}
          </span>
        )}
      </th>
      <td className="min-w-32 break-words">{row.organisationName}</td>
      <td className="min-w-28">{submittedAt}</td>
      <td>{t(`status.${row.status}`)}</td>
      <td>{row.assigneeName ?? <span className="text-muted">{t('unassigned')}</span>}</td>
      <td className="min-w-40 text-sm">
        <ul>
          <Finding count={row.notFulfilled} label={t('findings.notFulfilled')} />
          <Finding count={row.partiallyFulfilled} label={t('findings.partiallyFulfilled')} />
          <Finding count={row.needsRevision} label={t('findings.needsRevision')} />
        </ul>
      </td>
    </tr>
  );
}

/** „2 Nicht erfüllt“: the number first, so the numbers of a row line up and a long label wraps under itself. */
function Finding({ count, label }: { count: number; label: string }) {
  return (
    <li>
      <span className={count > 0 ? 'font-semibold' : undefined}>{count}</span>{' '}
      <span>{label}</span>
    </li>
  );
}

function SortHeader({ queue, t, column, label }: { queue: ReviewQueue; t: T; column: QueueSortKey; label: string }) {
  const { sort, dir } = queue.filters;
  const active = sort === column;
  const next: SortDirection = active ? (dir === 'asc' ? 'desc' : 'asc') : FIRST_DIRECTION[column];
  return (
    <th scope="col" aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined} >
      <Link href={queueHref(queue.filters, { sort: column, dir: next, page: 1 })} className="inline-flex items-center gap-1 text-brand-800 underline">
        {label}
        <span aria-hidden="true">{active ? (dir === 'asc' ? '▲' : '▼') : '↕'}</span>
        <span className="sr-only">, {next === 'asc' ? t('sortAscending') : t('sortDescending')}</span>
      </Link>
    </th>
  );
}
