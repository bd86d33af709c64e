import { getTranslations } from 'next-intl/server';
import { QUEUE_ASSIGNMENTS, QUEUE_STATUSES, type ReviewQueueQuery } from '@/lib/review/list-review-queue-schema';
import { RegionOptions } from '@/components/projects/region-options';
import { FieldHint, FieldLabel, INPUT_CLASS, describedBy } from '@/components/ui/field';

/**
 * The fields of the queue's filters (status, responsibility, organisation, region, search), for
 * the queue's GET form (queue-filters.tsx) and the administrators' export form (/admin/exports,
 * which has no responsibility: `assignment={false}`). Names and values are the query string
 * lib/review/list-review-queue-schema.ts parses.
 */
export async function QueueFilterFields({
  query,
  organisations,
  assignment = true,
  idPrefix = 'queue',
}: {
  query: Pick<ReviewQueueQuery, 'status' | 'assigned' | 'org' | 'region' | 'q'>;
  organisations: { id: string; name: string }[];
  assignment?: boolean;
  idPrefix?: string;
}) {
  const t = await getTranslations('reviewQueue');
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
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
      <div className={`grid gap-4 sm:grid-cols-2 ${assignment ? 'lg:grid-cols-4' : 'lg:grid-cols-3'}`}>
        {assignment && (
          <div>
            <FieldLabel id={id('assigned')} label={t('filters.assigned')} />
            <select id={id('assigned')} name="assigned" defaultValue={query.assigned} className={INPUT_CLASS}>
              {QUEUE_ASSIGNMENTS.map((value) => (
                <option key={value} value={value}>
                  {t(`filters.assignedOptions.${value}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <FieldLabel id={id('org')} label={t('filters.organisation')} />
          <select id={id('org')} name="org" defaultValue={query.org ?? ''} className={INPUT_CLASS}>
            <option value="">{t('filters.allOrganisations')}</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <FieldLabel id={id('region')} label={t('filters.region')} />
          <select id={id('region')} name="region" defaultValue={query.region ?? ''} className={INPUT_CLASS}>
            <option value="">{t('filters.allRegions')}</option>
            <RegionOptions />
          </select>
        </div>
        <div>
          <FieldLabel id={id('q')} label={t('filters.q')} />
          <FieldHint id={id('q')} hint={t('filters.qHint')} />
          <input
            id={id('q')}
            name="q"
            type="search"
            defaultValue={query.q ?? ''}
            maxLength={200}
            aria-describedby={describedBy(id('q'), { hint: true })}
            className={INPUT_CLASS}
          />
        </div>
      </div>
    </>
  );
}
