import { getTranslations } from 'next-intl/server';
import { DISTRICTS, DISTRICT_FREE_CITIES, STATEWIDE } from '@/lib/projects/regions';

/** The regions as a select's options (statewide, then Landkreise and kreisfreie Städte in groups), for the server-rendered filter forms. */
export async function RegionOptions() {
  const tp = await getTranslations('projects');
  return (
    <>
      <option value={STATEWIDE}>{tp(`regions.${STATEWIDE}`)}</option>
      <optgroup label={tp('regionGroups.districts')}>
        {DISTRICTS.map((code) => (
          <option key={code} value={code}>
            {tp(`regions.${code}`)}
          </option>
        ))}
      </optgroup>
      <optgroup label={tp('regionGroups.cities')}>
        {DISTRICT_FREE_CITIES.map((code) => (
          <option key={code} value={code}>
            {tp(`regions.${code}`)}
          </option>
        ))}
      </optgroup>
    </>
  );
}
