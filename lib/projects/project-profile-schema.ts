/**
 * The project profile (create and edit), one schema for the form (client) and the server.
 * Messages are i18n keys of the `projects.errors` namespace.
 */
import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';
import { TARGET_GROUPS } from '@/lib/projects/target-groups';
import { COUNTRY_CODES } from '@/lib/projects/countries';
import { REGIONS } from '@/lib/projects/regions';

const PROJECT_LIMITS = {
  title: 200,
  description: 2000,
  occupations: 500,
  plannedParticipants: 100_000,
} as const;

export { TARGET_GROUPS };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const requiredText = (max: number) => z.string('required').check(noNul, z.trim(), z.minLength(1, 'required'), z.maxLength(max, `max${max}`));

const isoDate = z.pipe(z.string('required').check(noNul, z.trim(), z.minLength(1, 'required')), z.iso.date('dateInvalid'));

/** Form fields arrive as text; an empty field is "missing", anything else must be a whole number. */
const positiveInteger = z.pipe(
  z.transform((value: unknown) =>
    value === '' || value === null || value === undefined ? undefined : typeof value === 'string' ? Number(value.trim()) : value,
  ),
  z.number({ error: (issue) => (issue.input === undefined ? 'required' : 'participantsInvalid') }).check(
    z.int('participantsInvalid'),
    z.positive('participantsPositive'),
    z.lte(PROJECT_LIMITS.plannedParticipants, 'participantsTooMany'),
  ),
);

export const projectProfileSchema = z
  .object({
    title: requiredText(PROJECT_LIMITS.title),
    description: requiredText(PROJECT_LIMITS.description),
    startDate: isoDate,
    endDate: isoDate,
    targetGroup: z.enum(TARGET_GROUPS, 'targetGroupRequired'),
    plannedParticipants: positiveInteger,
    countries: z.pipe(
      z.array(z.enum(COUNTRY_CODES, 'countryInvalid'), 'countriesRequired').check(z.minLength(1, 'countriesRequired')),
      z.transform((codes) => [...new Set(codes)].sort()),
    ),
    occupations: requiredText(PROJECT_LIMITS.occupations),
    region: z.enum(REGIONS, 'regionRequired'),
  })
  .check(
    z.refine((project) => project.endDate >= project.startDate, {
      path: ['endDate'],
      message: 'endBeforeStart',
      // Only when both dates are valid; otherwise their own messages say what is wrong.
      when: (payload) => {
        const value = (payload.value ?? {}) as { startDate?: unknown; endDate?: unknown };
        return (
          typeof value.startDate === 'string' &&
          typeof value.endDate === 'string' &&
          ISO_DATE.test(value.startDate) &&
          ISO_DATE.test(value.endDate)
        );
      },
    }),
  );

/** What the form sends (numbers may still be text). */
export type ProjectFormInput = {
  title: string;
  description: string;
  startDate: string;
  endDate: string;
  targetGroup: string;
  plannedParticipants: string | number;
  countries: string[];
  occupations: string;
  region: string;
};

export type ProjectProfile = z.output<typeof projectProfileSchema>;
