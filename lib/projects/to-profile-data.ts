import type { ProjectProfile } from '@/lib/projects/project-profile-schema';

/** The validated profile → the Project columns (dates as UTC midnight for `@db.Date`). */
export function toProfileData(profile: ProjectProfile) {
  return {
    title: profile.title,
    description: profile.description,
    startDate: new Date(`${profile.startDate}T00:00:00.000Z`),
    endDate: new Date(`${profile.endDate}T00:00:00.000Z`),
    targetGroup: profile.targetGroup,
    plannedParticipants: profile.plannedParticipants,
    countries: profile.countries,
    occupations: profile.occupations,
    region: profile.region,
  };
}
