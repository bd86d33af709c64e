import type { ProjectFormInput } from '@/lib/projects/project-profile-schema';
import type { ProjectDetail } from '@/lib/projects/get-project';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A stored project → the values of its edit form. */
export function toProjectFormInput(project: ProjectDetail): ProjectFormInput {
  return {
    title: project.title,
    description: project.description,
    startDate: isoDate(project.startDate),
    endDate: isoDate(project.endDate),
    targetGroup: project.targetGroup,
    plannedParticipants: String(project.plannedParticipants),
    countries: project.countries,
    occupations: project.occupations,
    region: project.region,
  };
}
