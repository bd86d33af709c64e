import { projectScope, type ScopeActor } from '@/lib/auth/scope';
import { NotFoundError } from '@/lib/errors';
import type { Tx } from '@/lib/db/types';
import { findEditableProject } from '@/lib/projects/find-editable-project';

/**
 * Inside a mutation's transaction: the company, if its project is visible to the actor (else
 * NotFoundError) and still editable (else DomainError('projectLocked')).
 */
export async function findEditableCompany({ tx, actor, companyId }: { tx: Tx; actor: ScopeActor; companyId: string }) {
  const company = await tx.company.findFirst({
    where: { id: companyId, removedAt: null, project: projectScope(actor) },
    select: { id: true, projectId: true, position: true, name: true },
  });
  if (!company) throw new NotFoundError('Company');
  await findEditableProject({ tx, actor, projectId: company.projectId });
  return company;
}
