import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { DomainError } from '@/lib/errors';
import type { Tx } from '@/lib/db/types';

/**
 * Creates the project's self-assessment: status DRAFT, revision 1 pinned to the latest
 * published catalogue version, one OPEN answer per standard. Runs inside the caller's
 * transaction (project creation).
 */
export async function startAssessment({ tx, projectId, actorId }: { tx: Tx; projectId: string; actorId: string }) {
  const catalogue = await tx.catalogueVersion.findFirst({
    where: { status: 'PUBLISHED' },
    orderBy: { number: 'desc' },
    select: { id: true, number: true, standards: { where: { retired: false }, select: { key: true } } },
  });
  if (!catalogue) throw new DomainError('noPublishedCatalogue', 'No published catalogue version');

  const assessment = await tx.assessment.create({
    data: {
      projectId,
      revisions: {
        create: {
          number: 1,
          catalogueVersionId: catalogue.id,
          answers: { createMany: { data: catalogue.standards.map((standard) => ({ standardKey: standard.key })) } },
        },
      },
    },
    select: { id: true },
  });
  await recordAuditEvent({
    db: tx,
    actorId,
    action: 'assessment.started',
    subjectType: 'Assessment',
    subjectId: assessment.id,
    details: { projectId, catalogueVersion: catalogue.number, standards: catalogue.standards.length },
  });
  return assessment;
}
