import { db } from '@/lib/db';
import { revisionScope, visibleProject, type ScopeActor } from '@/lib/auth/scope';
import { readProfileSnapshot } from '@/lib/assessments/profile-snapshot';
import { NotFoundError } from '@/lib/errors';
import { COMPANY_SELECT, PROFILE_SELECT } from '@/lib/projects/project-select';

/**
 * One project the actor may see, with its companies (in order), the status of its
 * self-assessment, the progress of the latest revision and whether it can still change.
 * Not found or not visible → NotFoundError (404, never data). Officers see the latest submitted
 * revision, and the profile and companies as frozen into it at submission (never later edits).
 */
export async function getProject({ actor, projectId }: { actor: ScopeActor; projectId: string }) {
  const project = await db.project.findFirst({
    where: visibleProject(actor, projectId),
    select: {
      id: true,
      ...PROFILE_SELECT,
      createdAt: true,
      updatedAt: true,
      companies: {
        where: { removedAt: null },
        orderBy: { position: 'asc' },
        select: { ...COMPANY_SELECT, position: true, updatedAt: true },
      },
      assessment: {
        select: {
          id: true,
          status: true,
          revisions: {
            where: revisionScope(actor),
            orderBy: { number: 'desc' },
            take: 1,
            select: {
              number: true,
              status: true,
              profileSnapshot: actor.role !== 'APPLICANT',
              answers: { select: { complete: true } },
            },
          },
        },
      },
    },
  });
  if (!project) throw new NotFoundError('Project');

  const { assessment, ...current } = project;
  const latest = assessment?.revisions[0] ?? null;
  const rest = actor.role === 'APPLICANT' ? current : withSnapshot(current, readProfileSnapshot(latest?.profileSnapshot));
  return {
    ...rest,
    assessmentStatus: assessment?.status ?? null,
    revisionNumber: latest?.number ?? null,
    editable: latest?.status === 'DRAFT',
    progress: { complete: latest?.answers.filter((answer) => answer.complete).length ?? 0, total: latest?.answers.length ?? 0 },
  };
}

export type ProjectDetail = Awaited<ReturnType<typeof getProject>>;
export type CompanyRow = ProjectDetail['companies'][number];

type ProjectRow = { companies: { id: string; position: number; updatedAt: Date }[]; startDate: Date; endDate: Date; updatedAt: Date };

/** The profile as submitted in place of the current one (officers); without a snapshot, nothing (never a draft). */
function withSnapshot<P extends ProjectRow>(project: P, snapshot: ReturnType<typeof readProfileSnapshot>): P {
  if (!snapshot) throw new NotFoundError('Project');
  const { version: _version, organisationName: _organisationName, companies, startDate, endDate, ...profile } = snapshot;
  return {
    ...project,
    ...profile,
    startDate: new Date(`${startDate}T00:00:00Z`),
    endDate: new Date(`${endDate}T00:00:00Z`),
    companies: companies.map((company, position) => ({ ...company, position, updatedAt: project.updatedAt })),
  };
}
