import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ScopeActor } from '@/lib/auth/scope';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { findEditableProject } from '@/lib/projects/find-editable-project';
import { removeEvidenceSchema } from '@/lib/evidence/evidence-schemas';

/**
 * Removes evidence from the draft: sets `removedAt`, so the next submission no longer
 * references it. Nothing is deleted — versions referenced by submitted revisions stay, with
 * their files, and the audit log keeps who removed what.
 */
export async function removeEvidence(options: {
  actor: ScopeActor;
  projectId: string;
  evidenceId: string;
  requestId?: string | null;
}): Promise<void> {
  const { actor, requestId } = options;
  const { projectId, evidenceId } = removeEvidenceSchema.parse(options);
  await db.$transaction(async (tx) => {
    await findEditableProject({ tx, actor, projectId });
    const evidence = await tx.evidence.findFirst({
      where: { id: evidenceId, projectId, removedAt: null },
      select: { id: true, title: true, kind: true },
    });
    if (!evidence) throw new NotFoundError('Evidence');
    const updated = await tx.evidence.updateMany({ where: { id: evidence.id, removedAt: null }, data: { removedAt: new Date() } });
    if (updated.count !== 1) throw new NotFoundError('Evidence');
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'evidence.removed',
      subjectType: 'Evidence',
      subjectId: evidence.id,
      details: { projectId, title: evidence.title, kind: evidence.kind },
      requestId,
    });
  });
}
