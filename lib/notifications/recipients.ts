import type { Tx } from '@/lib/db/types';

/** Every active funding officer (a first submission goes to all of them). */
export async function activeOfficerIds(tx: Tx): Promise<string[]> {
  const rows = await tx.user.findMany({ where: { role: 'OFFICER', disabledAt: null }, select: { id: true } });
  return rows.map((row) => row.id);
}

/** The active applicants of the organisation a project belongs to. */
export async function projectApplicantIds(tx: Tx, projectId: string): Promise<string[]> {
  const rows = await tx.user.findMany({
    where: { role: 'APPLICANT', disabledAt: null, organisation: { projects: { some: { id: projectId } } } },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
