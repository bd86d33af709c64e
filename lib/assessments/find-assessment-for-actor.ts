import { visibleProject, type ScopeActor } from '@/lib/auth/scope';
import { NotFoundError } from '@/lib/errors';
import type { DbOrTx } from '@/lib/db/types';

/**
 * The project's assessment and its latest revision, if the actor may see the project;
 * NotFoundError otherwise (a forged id of another organisation gets 404, never data).
 */
export async function findAssessmentForActor({ db, projectId, actor }: { db: DbOrTx; projectId: string; actor: ScopeActor }) {
  const project = await db.project.findFirst({
    where: visibleProject(actor, projectId),
    select: {
      id: true,
      assessment: {
        select: {
          id: true,
          status: true,
          revisions: {
            orderBy: { number: 'desc' },
            take: 1,
            select: { id: true, number: true, status: true, catalogueVersionId: true },
          },
        },
      },
    },
  });
  const assessment = project?.assessment;
  const revision = assessment?.revisions[0];
  if (!project || !assessment || !revision) throw new NotFoundError('assessment');
  return { projectId: project.id, assessmentId: assessment.id, status: assessment.status, revision };
}
