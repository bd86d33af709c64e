import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ScopeActor } from '@/lib/auth/scope';
import { assertCatalogueManager, findDraftVersion } from '@/lib/catalogue/find-draft-version';
import { retireDraftStandardSchema } from '@/lib/catalogue/retire-draft-standard-schema';
import { NotFoundError } from '@/lib/errors';

/**
 * Marks a standard of the draft as retired („entfällt“: it drops out of the version's catalogue
 * and self-assessments once published; its key is never used again), or takes it back in while
 * the version is a draft. Its texts and lock version stay as they are (an open edit page can
 * still save). Audit event `catalogue.standard.retired` / `catalogue.standard.restored`; nothing
 * is written when the standard already is as asked.
 */
export async function retireDraftStandard({ actor, versionId, input }: { actor: ScopeActor; versionId: string; input: unknown }): Promise<{ retired: boolean }> {
  assertCatalogueManager(actor);
  const { key, retired } = retireDraftStandardSchema.parse(input);
  return db.$transaction(async (tx) => {
    const version = await findDraftVersion({ tx, versionId, lock: 'share' });
    const before = await tx.standard.findUnique({ where: { versionId_key: { versionId, key } }, select: { id: true, number: true, retired: true } });
    if (!before) throw new NotFoundError('Standard');
    if (before.retired === retired) return { retired };
    await tx.standard.update({ where: { id: before.id }, data: { retired }, select: { id: true } });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: retired ? 'catalogue.standard.retired' : 'catalogue.standard.restored',
      subjectType: 'Standard',
      subjectId: before.id,
      details: { catalogueVersion: version.number, key, number: before.number, before: { retired: before.retired }, after: { retired } },
    });
    return { retired };
  });
}
