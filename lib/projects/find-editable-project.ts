import { assertProjectEditable } from '@/lib/assessments/assert-project-editable';
import { projectScope, type ScopeActor } from '@/lib/auth/scope';
import { NotFoundError } from '@/lib/errors';
import type { Tx } from '@/lib/db/types';

/**
 * Inside a mutation's transaction: the project, if the actor may see it (else NotFoundError),
 * and only while its latest revision is a draft (else DomainError('projectLocked')).
 */
export async function findEditableProject({ tx, actor, projectId }: { tx: Tx; actor: ScopeActor; projectId: string }) {
  const project = await tx.project.findFirst({
    where: { AND: [{ id: projectId }, projectScope(actor)] },
    select: { id: true },
  });
  if (!project) throw new NotFoundError('Project');
  await assertProjectEditable({ db: tx, projectId: project.id });
  return project;
}
