import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { DashboardFigures as Figures } from '@/lib/insight/get-dashboard-figures';
import { DASHBOARD_STATUSES } from '@/lib/insight/dashboard-query-schema';
import { BarChart, type Bar } from '@/components/dashboard/bar-chart';
import { RequestsTables } from '@/components/dashboard/requests-tables';

/** „Kennzahlen“: the key numbers, self-assessments by status and submissions per month (SVG charts with tables), open revision requests. */
export async function DashboardFigures({ figures }: { figures: Figures }) {
  const [t, ta, format, locale] = await Promise.all([getTranslations('dashboard'), getTranslations('assessment'), getFormatter(), getLocale()]);
  const number = (value: number) => format.number(value);
  const chartTexts = (label: string) => ({
    tableSummary: t('charts.tableSummary'),
    label,
    value: t('charts.count'),
    valueLabel: (bar: Bar) => t('charts.valueLabel', { label: bar.label, value: bar.value }),
    formatValue: number,
  });
  const statusBars: Bar[] = DASHBOARD_STATUSES.map((status) => ({ key: status, label: ta(`status.${status}`), value: figures.byStatus[status] ?? 0 }));
  const monthName = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthBars: Bar[] = figures.months.map(({ month, count }) => ({ key: month, label: monthName.format(new Date(`${month}-15T12:00:00Z`)), value: count }));
  const submissions = figures.months.reduce((sum, entry) => sum + entry.count, 0);
  const stats = [
    { key: 'assessments', label: t('figures.assessments'), value: number(figures.total) },
    { key: 'organisations', label: t('figures.organisations'), value: number(figures.organisations) },
    {
      key: 'median',
      label: t('figures.medianDays'),
      value: figures.decisions.medianDays === null ? t('figures.none') : t('figures.medianValue', { days: Math.round(figures.decisions.medianDays * 10) / 10 }),
      detail: t('figures.medianOf', { count: figures.decisions.count }),
    },
    { key: 'open', label: t('figures.openRequests'), value: number(figures.requests.total.open) },
    { key: 'overdue', label: t('figures.overdueRequests'), value: number(figures.requests.total.overdue) },
  ];
  return (
    <section aria-labelledby="figures-heading" className="mb-10">
      <h2 id="figures-heading" className="mb-4 text-2xl font-bold text-brand-900">
        {t('figures.heading')}
      </h2>
      <dl className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        {stats.map((stat) => (
          <div key={stat.key} className="flex flex-col-reverse justify-end rounded border border-brand-100 bg-brand-50 p-3" data-testid={`figure-${stat.key}`}>
            <dt className="text-sm hyphens-auto">
              {stat.label}
              {stat.detail && <span className="block text-muted">{stat.detail}</span>}
            </dt>
            <dd className="text-2xl font-bold text-brand-900 tabular-nums">{stat.value}</dd>
          </div>
        ))}
      </dl>
      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <BarChart
          id="chart-status"
          title={t('charts.byStatus.title')}
          description={t('charts.byStatus.description', { total: figures.total })}
          bars={statusBars}
          texts={chartTexts(t('charts.byStatus.label'))}
        />
        <BarChart
          id="chart-months"
          title={t('charts.byMonth.title')}
          description={t('charts.byMonth.description', { from: monthBars[0]!.label, to: monthBars[monthBars.length - 1]!.label, total: submissions })}
          bars={monthBars}
          texts={chartTexts(t('charts.byMonth.label'))}
        />
      </div>
      <RequestsTables requests={figures.requests} />
    </section>
  );
}
