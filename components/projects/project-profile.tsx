import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { ProjectDetail } from '@/lib/projects/get-project';
import { countryName, isEuEea } from '@/lib/projects/countries';
import { REGIONS, type Region } from '@/lib/projects/regions';

/** The project profile as a definition list (user text rendered as text). */
export async function ProjectProfile({
  project,
}: {
  project: Pick<ProjectDetail, 'description' | 'startDate' | 'endDate' | 'targetGroup' | 'plannedParticipants' | 'countries' | 'occupations' | 'region'>;
}) {
  const [t, format, locale] = await Promise.all([getTranslations('projects'), getFormatter(), getLocale()]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: 'long', timeZone: 'UTC' });
  const region = (REGIONS as readonly string[]).includes(project.region) ? t(`regions.${project.region as Region}`) : project.region;
  const countries = project.countries
    .map((code) => ({ code, name: countryName(code, locale), euEea: isEuEea(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));

  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[fit-content(40%)_minmax(0,1fr)] [&_dd]:[overflow-wrap:anywhere]">
      <dt className="font-semibold">{t('fields.description')}</dt>
      <dd className="whitespace-pre-line">{project.description}</dd>
      <dt className="font-semibold">{t('fields.duration')}</dt>
      <dd>{t('durationRange', { start: date(project.startDate), end: date(project.endDate) })}</dd>
      <dt className="font-semibold">{t('fields.targetGroup')}</dt>
      <dd>{t(`targetGroups.${project.targetGroup}`)}</dd>
      <dt className="font-semibold">{t('fields.plannedParticipants')}</dt>
      <dd>{t('detail.participants', { count: project.plannedParticipants })}</dd>
      <dt className="font-semibold">{t('fields.countries')}</dt>
      <dd>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {countries.map((country) => (
            <li key={country.code}>
              {country.name}
              {country.euEea && <span className="text-muted"> ({t('countries.euEea')})</span>}
            </li>
          ))}
        </ul>
      </dd>
      <dt className="font-semibold">{t('fields.occupations')}</dt>
      <dd className="whitespace-pre-line">{project.occupations}</dd>
      <dt className="font-semibold">{t('fields.region')}</dt>
      <dd>{region}</dd>
    </dl>
  );
}
