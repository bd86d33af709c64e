import { assertProjectEditable } from '@/lib/assessments/assert-project-editable';
import { hasPermission } from '@/lib/auth/permissions';
import { visibleProject, type ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, NotFoundError } from '@/lib/errors';
import type { Tx } from '@/lib/db/types';

/**
 * Inside a mutation's transaction: the project, if the actor may change projects (else
 * AuthorizationError) and see this one (else NotFoundError), and only while its latest revision
 * is a draft (else DomainError('projectLocked'), holding a share lock on that draft until the
 * transaction ends). Every change to a project's profile, companies and evidence starts here.
 */
export async function findEditableProject({ tx, actor, projectId }: { tx: Tx; actor: ScopeActor; projectId: string }) {
  if (!hasPermission(actor.role, 'project:write')) throw new AuthorizationError('forbidden');
  const project = await tx.project.findFirst({
    where: visibleProject(actor, projectId),
    select: { id: true },
  });
  if (!project) throw new NotFoundError('Project');
  const { revisionId } = await assertProjectEditable({ db: tx, projectId: project.id });
  return { id: project.id, revisionId };
}
