import { db } from '@/lib/db';
import { visibleProject, type ScopeActor } from '@/lib/auth/scope';
import { NotFoundError } from '@/lib/errors';

/**
 * One project the actor may see, with its companies (in order), the status of its
 * self-assessment, the progress of the latest revision and whether it can still change.
 * Not found or not visible → NotFoundError (404, never data).
 */
export async function getProject({ actor, projectId }: { actor: ScopeActor; projectId: string }) {
  const project = await db.project.findFirst({
    where: visibleProject(actor, projectId),
    select: {
      id: true,
      title: true,
      description: true,
      startDate: true,
      endDate: true,
      targetGroup: true,
      plannedParticipants: true,
      countries: true,
      occupations: true,
      region: true,
      createdAt: true,
      updatedAt: true,
      companies: {
        where: { removedAt: null },
        orderBy: { position: 'asc' },
        select: {
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
          position: true,
          updatedAt: true,
        },
      },
      assessment: {
        select: {
          id: true,
          status: true,
          revisions: {
            orderBy: { number: 'desc' },
            take: 1,
            select: {
              number: true,
              status: true,
              answers: { select: { complete: true } },
            },
          },
        },
      },
    },
  });
  if (!project) throw new NotFoundError('Project');

  const { assessment, ...rest } = project;
  const latest = assessment?.revisions[0] ?? null;
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
