import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { QUEUE_ASSIGNMENTS, QUEUE_STATUSES, type ReviewQueueQuery } from '@/lib/review/list-review-queue-schema';
import { RegionOptions } from '@/components/projects/region-options';
import { FieldHint, FieldLabel, INPUT_CLASS, describedBy } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button-classes';

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
      <fieldset className="mb-4">
        <legend className="field-label">{t('filters.status')}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {QUEUE_STATUSES.map((status) => (
            <label key={status} className="inline-flex items-center gap-2">
              <input type="checkbox" name="status" value={status} defaultChecked={query.status.includes(status)} className="size-5" />
              {t(`status.${status}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <FieldLabel id="queue-assigned" label={t('filters.assigned')} />
          <select id="queue-assigned" name="assigned" defaultValue={query.assigned} className={INPUT_CLASS}>
            {QUEUE_ASSIGNMENTS.map((value) => (
              <option key={value} value={value}>
                {t(`filters.assignedOptions.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <FieldLabel id="queue-org" label={t('filters.organisation')} />
          <select id="queue-org" name="org" defaultValue={query.org ?? ''} className={INPUT_CLASS}>
            <option value="">{t('filters.allOrganisations')}</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <FieldLabel id="queue-region" label={t('filters.region')} />
          <select id="queue-region" name="region" defaultValue={query.region ?? ''} className={INPUT_CLASS}>
            <option value="">{t('filters.allRegions')}</option>
            <RegionOptions />
          </select>
        </div>
        <div>
          <FieldLabel id="queue-q" label={t('filters.q')} />
          <FieldHint id="queue-q" hint={t('filters.qHint')} />
          <input
            id="queue-q"
            name="q"
            type="search"
            defaultValue={query.q ?? ''}
            maxLength={200}
            aria-describedby={describedBy('queue-q', { hint: true })}
            className={INPUT_CLASS}
          />
        </div>
      </div>
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
