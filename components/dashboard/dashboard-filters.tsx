import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { TARGET_GROUPS } from '@/lib/projects/target-groups';
import { DASHBOARD_STATUSES, HEATMAP_COLUMNS, type DashboardQuery } from '@/lib/insight/dashboard-query-schema';
import { RegionOptions } from '@/components/projects/region-options';
import { FieldLabel, INPUT_CLASS } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button-classes';

/** The dashboard's selection: a plain GET form (no JavaScript), so the selection is the URL; a new one starts at page 1. */
export async function DashboardFilters({ query, versions }: { query: DashboardQuery; versions: number[] }) {
  const [t, tp, ta] = await Promise.all([getTranslations('dashboard'), getTranslations('projects'), getTranslations('assessment')]);
  return (
    <form method="get" action="/review/dashboard" aria-labelledby="dashboard-filters-heading" className="mb-8 rounded border border-gray-300 p-4">
      <h2 id="dashboard-filters-heading" className="mb-3 text-xl font-semibold">
        {t('filters.heading')}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <FieldLabel id="dashboard-columns" label={t('filters.columns')} />
          <select id="dashboard-columns" name="columns" defaultValue={query.columns} className={INPUT_CLASS}>
            {HEATMAP_COLUMNS.map((value) => (
              <option key={value} value={value}>
                {t(`filters.columnOptions.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <FieldLabel id="dashboard-status" label={t('filters.status')} />
          <select id="dashboard-status" name="status" defaultValue={query.status ?? ''} className={INPUT_CLASS}>
            <option value="">{t('filters.allStatuses')}</option>
            {DASHBOARD_STATUSES.map((status) => (
              <option key={status} value={status}>
                {ta(`status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <FieldLabel id="dashboard-region" label={t('filters.region')} />
          <select id="dashboard-region" name="region" defaultValue={query.region ?? ''} className={INPUT_CLASS}>
            <option value="">{t('filters.allRegions')}</option>
            <RegionOptions />
          </select>
        </div>
        <div>
          <FieldLabel id="dashboard-group" label={t('filters.targetGroup')} />
          <select id="dashboard-group" name="group" defaultValue={query.group ?? ''} className={INPUT_CLASS}>
            <option value="">{t('filters.allTargetGroups')}</option>
            {TARGET_GROUPS.map((group) => (
              <option key={group} value={group}>
                {tp(`targetGroups.${group}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <FieldLabel id="dashboard-version" label={t('filters.version')} />
          <select id="dashboard-version" name="version" defaultValue={query.version === undefined ? '' : String(query.version)} className={INPUT_CLASS}>
            <option value="">{t('filters.allVersions')}</option>
            {versions.map((number) => (
              <option key={number} value={number}>
                {t('filters.versionOption', { number })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass('primary')}>
          {t('filters.apply')}
        </button>
        <Link href="/review/dashboard" className="text-brand-800 underline">
          {t('filters.reset')}
        </Link>
      </div>
    </form>
  );
}
