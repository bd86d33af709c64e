import { db } from '@/lib/db';
import { ConflictError } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ScopeActor } from '@/lib/auth/scope';
import { findEditableCompany } from '@/lib/projects/find-editable-company';
import { companySchema } from '@/lib/projects/company-schema';

/**
 * Changes a participating company of a project the actor may see (while the project is
 * editable). With `expectedUpdatedAt` (the edit page always sends it), a company changed by
 * someone else since gives ConflictError('companyChanged') and nothing is overwritten.
 */
export async function updateCompany({
  actor,
  companyId,
  expectedUpdatedAt,
  input,
}: {
  actor: ScopeActor;
  companyId: string;
  expectedUpdatedAt?: string;
  input: unknown;
}) {
  const data = companySchema.parse(input);
  return db.$transaction(async (tx) => {
    const company = await findEditableCompany({ tx, actor, companyId });
    const before = await tx.company.findUniqueOrThrow({ where: { id: companyId }, select: fieldsOf(data) });
    const { count } = await tx.company.updateMany({
      where: { id: companyId, ...(expectedUpdatedAt ? { updatedAt: new Date(expectedUpdatedAt) } : {}) },
      data,
    });
    if (count !== 1) throw new ConflictError('companyChanged');
    await tx.project.update({ where: { id: company.projectId }, data: { updatedAt: new Date() }, select: { id: true } });

    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const [field, value] of Object.entries(data)) {
      const old = before[field as keyof typeof before];
      if (old !== value) changes[field] = { before: old, after: value };
    }
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'company.updated',
      subjectType: 'Company',
      subjectId: companyId,
      details: JSON.parse(JSON.stringify({ projectId: company.projectId, changes })),
    });
    return { id: companyId, projectId: company.projectId };
  });
}

function fieldsOf(data: object) {
  return Object.fromEntries(Object.keys(data).map((field) => [field, true])) as Record<keyof typeof data, true>;
}
