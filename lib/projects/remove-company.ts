import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ScopeActor } from '@/lib/auth/scope';
import { findEditableCompany } from '@/lib/projects/find-editable-company';

/**
 * Removes a participating company (while the project is editable); the companies after it
 * move up one position, so positions stay 1…n. The row is kept (marked removed), so revisions
 * submitted earlier still show it with its evidence; its current evidence leaves the draft
 * (marked removed) and so the next snapshot.
 */
export async function removeCompany({ actor, companyId }: { actor: ScopeActor; companyId: string }) {
  return db.$transaction(async (tx) => {
    const company = await findEditableCompany({ tx, actor, companyId });
    const removedAt = new Date();
    await tx.company.update({ where: { id: companyId }, data: { removedAt, position: 0 }, select: { id: true } });
    const evidence = await tx.evidence.updateMany({ where: { companyId, removedAt: null }, data: { removedAt } });
    await tx.company.updateMany({
      where: { projectId: company.projectId, removedAt: null, position: { gt: company.position } },
      data: { position: { decrement: 1 } },
    });
    await tx.project.update({ where: { id: company.projectId }, data: { updatedAt: new Date() }, select: { id: true } });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'company.removed',
      subjectType: 'Company',
      subjectId: companyId,
      details: { projectId: company.projectId, name: company.name, position: company.position, evidenceRemoved: evidence.count },
    });
    return { id: companyId, projectId: company.projectId };
  });
}
