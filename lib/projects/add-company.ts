import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ScopeActor } from '@/lib/auth/scope';
import { companySchema } from '@/lib/projects/company-schema';
import { findEditableProject } from '@/lib/projects/find-editable-project';

/** Adds a participating company at the end of the project's list (while the project is editable). */
export async function addCompany({ actor, projectId, input }: { actor: ScopeActor; projectId: string; input: unknown }) {
  const data = companySchema.parse(input);
  return db.$transaction(async (tx) => {
    await findEditableProject({ tx, actor, projectId });
    const last = await tx.company.aggregate({ where: { projectId, removedAt: null }, _max: { position: true } });
    const company = await tx.company.create({
      data: { ...data, projectId, position: (last._max.position ?? 0) + 1 },
      select: { id: true, position: true },
    });
    // The profile's "last change" includes its companies.
    await tx.project.update({ where: { id: projectId }, data: { updatedAt: new Date() }, select: { id: true } });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'company.added',
      subjectType: 'Company',
      subjectId: company.id,
      details: { projectId, ...data },
    });
    return company;
  });
}
