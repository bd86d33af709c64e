import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ProjectList } from '@/lib/projects/list-projects';
import type { ProjectSortKey, SortDirection } from '@/lib/projects/list-projects-schema';
import { ProgressBar } from '@/components/projects/progress-bar';

/** The natural first direction of each column (newest change first, everything else A→Z). */
const FIRST_DIRECTION: Record<ProjectSortKey, SortDirection> = { title: 'asc', startDate: 'asc', status: 'asc', updatedAt: 'desc' };

function projectsHref({ sort, dir, page }: { sort: ProjectSortKey; dir: SortDirection; page?: number }) {
  const params = new URLSearchParams({ sort, dir });
  if (page && page > 1) params.set('page', String(page));
  return `/projects?${params}`;
}

/** The organisation's projects: sortable column headers (links, aria-sort) and pagination links. */
export async function ProjectTable({ list }: { list: ProjectList }) {
  const [t, format] = await Promise.all([getTranslations('projects'), getFormatter()]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: 'medium', timeZone: 'UTC' });

  return (
    <>
      {/* The table's name stays above it, wrapping on a narrow screen; the table itself scrolls in
          its own labelled, keyboard-reachable region, never the page (WCAG 1.4.10). `relative`
          keeps the visually hidden sort hints (absolutely positioned) inside that region. */}
      <p id="projects-caption" className="mb-2 text-muted">
        {t('tableCaption')} ({t('count', { total: list.total })})
      </p>
      <div role="region" aria-labelledby="projects-caption" tabIndex={0} className="relative overflow-x-auto focus-visible:outline-2">
        <table aria-labelledby="projects-caption" className="w-full border-collapse text-left">
          <thead className="border-b-2 border-brand-700 bg-brand-50">
            <tr>
              <SortHeader list={list} t={t} column="title" label={t('columns.title')} />
              <SortHeader list={list} t={t} column="startDate" label={t('columns.duration')} />
              <SortHeader list={list} t={t} column="status" label={t('columns.status')} />
              <th scope="col" className="px-3 py-2 text-left">
                {t('columns.progress')}
              </th>
              <SortHeader list={list} t={t} column="updatedAt" label={t('columns.updatedAt')} />
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.id} className="border-b border-gray-300 align-top">
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  <Link href={`/projects/${row.id}`} className="font-semibold text-brand-800 underline">
                    {row.title}
                  </Link>
                </th>
                <td className="px-3 py-2">{t('durationRange', { start: date(row.startDate), end: date(row.endDate) })}</td>
                <td className="px-3 py-2">{t(`status.${row.assessmentStatus ?? 'none'}`)}</td>
                <td className="px-3 py-2">
                  <ProgressBar
                    complete={row.progress.complete}
                    total={row.progress.total}
                    text={t('progress', row.progress)}
                    label={t('progressLabel', row.progress)}
                  />
                </td>
                <td className="px-3 py-2">{format.dateTime(row.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.pageCount > 1 && <Pagination list={list} label={t('pagination.label')} t={t} />}
    </>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<'projects'>>>;

function SortHeader({ list, t, column, label }: { list: ProjectList; t: T; column: ProjectSortKey; label: string }) {
  const active = list.sort === column;
  const next: SortDirection = active ? (list.dir === 'asc' ? 'desc' : 'asc') : FIRST_DIRECTION[column];
  return (
    <th scope="col" aria-sort={active ? (list.dir === 'asc' ? 'ascending' : 'descending') : undefined} className="px-3 py-2 text-left">
      <Link href={projectsHref({ sort: column, dir: next })} className="inline-flex items-center gap-1 text-brand-800 underline">
        {label}
        <span aria-hidden="true">{active ? (list.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
        <span className="sr-only">, {next === 'asc' ? t('sortAscending') : t('sortDescending')}</span>
      </Link>
    </th>
  );
}

function Pagination({ list, label, t }: { list: ProjectList; label: string; t: T }) {
  const pages = Array.from({ length: list.pageCount }, (_, index) => index + 1);
  const href = (page: number) => projectsHref({ sort: list.sort, dir: list.dir, page });
  const link = 'rounded px-3 py-1 text-brand-800 underline hover:bg-brand-50';
  return (
    <nav aria-label={label} className="mt-4">
      <p className="mb-2 text-sm text-muted">{t('pagination.status', { page: list.page, pages: list.pageCount })}</p>
      <ul className="flex flex-wrap items-center gap-1">
        {list.page > 1 && (
          <li>
            <Link href={href(list.page - 1)} rel="prev" className={link}>
              {t('pagination.previous')}
            </Link>
          </li>
        )}
        {pages.map((page) => (
          <li key={page}>
            <Link
              href={href(page)}
              aria-current={page === list.page ? 'page' : undefined}
              aria-label={t('pagination.page', { page })}
              className={page === list.page ? 'rounded bg-brand-800 px-3 py-1 font-semibold text-white' : link}
            >
              {page}
            </Link>
          </li>
        ))}
        {list.page < list.pageCount && (
          <li>
            <Link href={href(list.page + 1)} rel="next" className={link}>
              {t('pagination.next')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
