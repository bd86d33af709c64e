import type { Tx } from '@/lib/db/types';
import type { TargetGroup } from '@/lib/generated/prisma/enums';
import { COMPANY_SELECT, PROFILE_SELECT } from '@/lib/projects/project-select';

/** One participating company as it was at submission. */
export type CompanySnapshot = {
  id: string;
  name: string;
  contact: string;
  hasDeclarationOfIntent: boolean;
  ownContributionKind: string;
  ownContributionValue: string;
  contactPersonName: string;
  contactPersonRole: string;
  contactPersonEmail: string;
  contactPersonPhone: string;
};

/**
 * The project profile and companies frozen into a revision when it is submitted
 * (Revision.profileSnapshot; the database refuses to change it afterwards), so that every later
 * view of that revision — officer, applicant, PDF — shows what was submitted even after the
 * project changes. Dates as YYYY-MM-DD. The migration 20261202162941_review wrote the same shape
 * for revisions submitted before it existed.
 */
export type ProfileSnapshot = {
  version: 1;
  title: string;
  description: string;
  startDate: string;
  endDate: string;
  targetGroup: TargetGroup;
  plannedParticipants: number;
  countries: string[];
  occupations: string;
  region: string;
  organisationName: string;
  companies: CompanySnapshot[];
};

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The project as it is now, in the snapshot's shape (inside the submitting transaction). */
export async function takeProfileSnapshot({ tx, projectId }: { tx: Tx; projectId: string }): Promise<ProfileSnapshot> {
  const project = await tx.project.findUniqueOrThrow({
    where: { id: projectId },
    select: {
      ...PROFILE_SELECT,
      organisation: { select: { name: true } },
      companies: {
        where: { removedAt: null },
        orderBy: { position: 'asc' },
        select: COMPANY_SELECT,
      },
    },
  });
  return toProfileSnapshot(project);
}

type ProfileRow = Omit<ProfileSnapshot, 'version' | 'startDate' | 'endDate' | 'organisationName'> & {
  startDate: Date;
  endDate: Date;
  organisation: { name: string };
};

/** A project row (PROFILE_SELECT, its organisation's name, its companies) in the snapshot's shape: also a draft's PDF. */
export function toProfileSnapshot(project: ProfileRow): ProfileSnapshot {
  const { organisation, startDate, endDate, ...rest } = project;
  return { version: 1, ...rest, startDate: day(startDate), endDate: day(endDate), organisationName: organisation.name };
}

/** A stored snapshot (JSON) read back; null for a draft. */
export function readProfileSnapshot(value: unknown): ProfileSnapshot | null {
  return value && typeof value === 'object' && (value as { version?: unknown }).version === 1 ? (value as ProfileSnapshot) : null;
}
