import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ScopeActor } from '@/lib/auth/scope';
import { assertCatalogueManager, findDraftVersion } from '@/lib/catalogue/find-draft-version';

/**
 * „Entwurf verwerfen“: deletes the draft with its phases, topics and standards, so a new one can
 * be made. Only a draft (published versions are never deleted, and no revision ever uses a
 * draft: both database rules). Audit event `catalogue.draft.discarded` with the draft's number
 * and the standards it had changed keys of.
 */
export async function discardDraftVersion({ actor, versionId }: { actor: ScopeActor; versionId: string }): Promise<{ number: number }> {
  assertCatalogueManager(actor);
  return db.$transaction(async (tx) => {
    const version = await findDraftVersion({ tx, versionId, lock: 'update' });
    const edited = await tx.standard.findMany({ where: { versionId, updatedAt: { not: null } }, orderBy: { number: 'asc' }, select: { key: true } });
    await tx.catalogueVersion.delete({ where: { id: version.id }, select: { id: true } });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'catalogue.draft.discarded',
      subjectType: 'CatalogueVersion',
      subjectId: version.id,
      details: { number: version.number, before: { status: 'DRAFT', editedStandards: edited.map((standard) => standard.key) }, after: null },
    });
    return { number: version.number };
  });
}
