/**
 * The columns of a project's profile and of a participating company, selected the same way
 * wherever they are read whole: the project page (getProject), the audit of a profile change
 * (updateProject) and the snapshot frozen at submission (lib/assessments/profile-snapshot.ts).
 */
export const PROFILE_SELECT = {
  title: true,
  description: true,
  startDate: true,
  endDate: true,
  targetGroup: true,
  plannedParticipants: true,
  countries: true,
  occupations: true,
  region: true,
} as const;

export const COMPANY_SELECT = {
  id: true,
  name: true,
  contact: true,
  hasDeclarationOfIntent: true,
  ownContributionKind: true,
  ownContributionValue: true,
  contactPersonName: true,
  contactPersonRole: true,
  contactPersonEmail: true,
  contactPersonPhone: true,
} as const;
