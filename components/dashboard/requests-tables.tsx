import { getFormatter, getTranslations } from 'next-intl/server';
import type { DashboardFigures } from '@/lib/insight/get-dashboard-figures';

type Row = { key: string; label: string; open: number; overdue: number };

/** Open revision requests and those past their „Frist“, by region and by target group: two small tables. */
export async function RequestsTables({ requests }: { requests: DashboardFigures['requests'] }) {
  const [t, tp, format] = await Promise.all([getTranslations('dashboard'), getTranslations('projects'), getFormatter()]);
  const table = (id: string, caption: string, heading: string, rows: Row[]) => (
    <div className="min-w-0">
      <table id={id} className="w-full text-sm">
        <caption className="mb-1 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-gray-300 text-left">
            <th scope="col" className="py-1 pr-3">
              {heading}
            </th>
            <th scope="col" className="py-1 pr-3 text-right">
              {t('requests.open')}
            </th>
            <th scope="col" className="py-1 text-right">
              {t('requests.overdue')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-gray-200">
              <th scope="row" className="py-1 pr-3 text-left font-normal">
                {row.label}
              </th>
              <td className="py-1 pr-3 text-right tabular-nums">{format.number(row.open)}</td>
              <td className="py-1 text-right tabular-nums">{format.number(row.overdue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <section aria-labelledby="requests-heading" className="rounded border border-gray-300 p-4">
      <h3 id="requests-heading" className="mb-1 text-lg font-semibold text-brand-900 hyphens-auto">
        {t('requests.heading')}
      </h3>
      <p className="mb-3 text-sm text-muted">{t('requests.intro')}</p>
      {requests.total.open === 0 ? (
        <p data-testid="no-requests">{t('requests.none')}</p>
      ) : (
        <div className="grid gap-6 md:grid-cols-2">
          {table(
            'requests-by-region',
            t('requests.byRegion'),
            t('requests.region'),
            requests.byRegion.map((row) => ({ key: row.region, label: tp(`regions.${row.region}`), open: row.open, overdue: row.overdue })),
          )}
          {table(
            'requests-by-group',
            t('requests.byTargetGroup'),
            t('requests.targetGroup'),
            requests.byTargetGroup.map((row) => ({ key: row.targetGroup, label: tp(`targetGroups.${row.targetGroup}`), open: row.open, overdue: row.overdue })),
          )}
        </div>
      )}
    </section>
  );
}
