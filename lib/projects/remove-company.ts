import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ScopeActor } from '@/lib/auth/scope';
import { findEditableCompany } from '@/lib/projects/find-editable-company';

/**
 * Removes a participating company (while the project is editable); the companies after it
 * move up one position, so positions stay 1…n. Its evidence stays with the project (the
 * company link is cleared by the database).
 */
export async function removeCompany({ actor, companyId }: { actor: ScopeActor; companyId: string }) {
  return db.$transaction(async (tx) => {
    const company = await findEditableCompany({ tx, actor, companyId });
    await tx.company.delete({ where: { id: companyId }, select: { id: true } });
    await tx.company.updateMany({
      where: { projectId: company.projectId, position: { gt: company.position } },
      data: { position: { decrement: 1 } },
    });
    await tx.project.update({ where: { id: company.projectId }, data: { updatedAt: new Date() }, select: { id: true } });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'company.removed',
      subjectType: 'Company',
      subjectId: companyId,
      details: { projectId: company.projectId, name: company.name, position: company.position },
    });
    return { id: companyId, projectId: company.projectId };
  });
}
