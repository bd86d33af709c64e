import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { getDashboard } from '@/lib/insight/get-dashboard';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { DashboardFilters } from '@/components/dashboard/dashboard-filters';
import { DashboardFigures } from '@/components/dashboard/dashboard-figures';
import { dashboardHref } from '@/components/dashboard/dashboard-href';
import { HeatmapLegend } from '@/components/dashboard/heatmap-legend';
import { StandardsHeatmap } from '@/components/dashboard/standards-heatmap';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dashboard');
  return { title: t('title') };
}

/**
 * „Übersicht“ (officers and administrators, `insight:read`): programme figures and the standards
 * heatmap of the submitted self-assessments, selected through the URL (docs/decisions/029-dashboard.md).
 * Administrators may not open review pages: their cells are no links.
 */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission('insight:read');
  const [t, query] = await Promise.all([getTranslations('dashboard'), searchParams]);
  const dashboard = await getDashboard({ actor, query });
  const { filters, heatmap } = dashboard;
  const canReview = hasPermission(actor.role, 'review:read');
  return (
    <>
      <PageHeader title={t('title')}>
        <p>{t('intro')}</p>
      </PageHeader>
      <DashboardFilters query={filters} versions={dashboard.versions} />
      <DashboardFigures figures={dashboard.figures} />
      <section aria-labelledby="heatmap-heading">
        <h2 id="heatmap-heading" className="mb-2 text-2xl font-bold text-brand-900">
          {t(`heatmap.heading.${filters.columns}`)}
        </h2>
        <p className="mb-3">
          {t('heatmap.intro')} {canReview && filters.columns === 'projects' ? t('heatmap.introLinks') : null}
        </p>
        {heatmap.columns.length === 0 ? (
          <p className="rounded border border-gray-300 bg-brand-50 p-4 font-semibold">{t('heatmap.empty')}</p>
        ) : (
          <>
            <HeatmapLegend />
            <StandardsHeatmap heatmap={heatmap} summary={dashboard.figures.summary} columns={filters.columns} canReview={canReview} />
            <Pagination
              page={heatmap.page}
              pageCount={heatmap.pageCount}
              href={(page) => dashboardHref(filters, { page })}
              texts={{
                label: t('pagination.label'),
                status: t('pagination.status', { page: heatmap.page, pages: heatmap.pageCount }),
                previous: t('pagination.previous'),
                next: t('pagination.next'),
                page: (page) => t('pagination.page', { page }),
              }}
            />
          </>
        )}
      </section>
    </>
  );
}
