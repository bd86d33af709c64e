import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ScopeActor } from '@/lib/auth/scope';
import { STANDARD_TEXT_FIELDS, toStoredStandardTexts, type StoredStandardTexts } from '@/lib/catalogue/catalogue-text';
import { DRAFT_STANDARD_SELECT, toStoredDraftStandard, type StoredDraftStandard } from '@/lib/catalogue/draft-standard-select';
import { assertCatalogueManager, findDraftVersion, nameOfEditor } from '@/lib/catalogue/find-draft-version';
import { updateDraftStandardSchema } from '@/lib/catalogue/update-draft-standard-schema';
import { ConflictError, NotFoundError } from '@/lib/errors';

/**
 * Saves the six texts of one standard of the draft if nobody saved it since
 * `expectedLockVersion` (optimistic concurrency, like answers: ADR 007); otherwise throws
 * ConflictError('catalogueChanged') carrying the stored standard with who saved it, so the editor
 * shows the other administrator's text — never an overwrite. A save that changes nothing writes
 * nothing; a save that finds exactly its own texts already stored (sent twice) is no conflict.
 * Audit event `catalogue.standard.updated` with the changed fields before and after.
 */
export async function updateDraftStandard({
  actor,
  versionId,
  input,
}: {
  /** With `name` (the signed-in user, as the guards return it) the editor's name needs no lookup. */
  actor: ScopeActor & { name?: string };
  versionId: string;
  input: unknown;
}): Promise<StoredDraftStandard> {
  assertCatalogueManager(actor);
  const { key, expectedLockVersion, ...fields } = updateDraftStandardSchema.parse(input);
  const texts = toStoredStandardTexts(fields);
  return db.$transaction(async (tx) => {
    const version = await findDraftVersion({ tx, versionId, lock: 'share' });
    const before = await tx.standard.findUnique({ where: { versionId_key: { versionId, key } }, select: DRAFT_STANDARD_SELECT });
    if (!before) throw new NotFoundError('Standard');
    const changed = STANDARD_TEXT_FIELDS.filter((field) => before[field] !== texts[field]);

    if (before.lockVersion !== expectedLockVersion) {
      const stored = toStoredDraftStandard(before, await nameOfEditor(tx, before.updatedById, actor));
      if (changed.length === 0) return stored;
      throw new ConflictError<StoredDraftStandard>('catalogueChanged', stored);
    }
    if (changed.length === 0) return toStoredDraftStandard(before, await nameOfEditor(tx, before.updatedById, actor));

    const updatedAt = new Date();
    const { count } = await tx.standard.updateMany({
      where: { id: before.id, lockVersion: expectedLockVersion },
      data: { ...texts, lockVersion: { increment: 1 }, updatedAt, updatedById: actor.id },
    });
    if (count !== 1) {
      // Saved by someone else between the read and the write.
      const current = await tx.standard.findUniqueOrThrow({ where: { id: before.id }, select: DRAFT_STANDARD_SELECT });
      throw new ConflictError<StoredDraftStandard>('catalogueChanged', toStoredDraftStandard(current, await nameOfEditor(tx, current.updatedById, actor)));
    }
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'catalogue.standard.updated',
      subjectType: 'Standard',
      subjectId: before.id,
      details: {
        catalogueVersion: version.number,
        key,
        lockVersion: expectedLockVersion + 1,
        before: pick(before, changed),
        after: pick(texts, changed),
      },
    });
    return toStoredDraftStandard(
      { ...texts, key, number: before.number, retired: before.retired, lockVersion: expectedLockVersion + 1, updatedAt },
      actor.name ?? (await nameOfEditor(tx, actor.id, actor)),
    );
  });
}

function pick(texts: StoredStandardTexts, fields: readonly (keyof StoredStandardTexts)[]) {
  return Object.fromEntries(fields.map((field) => [field, texts[field]]));
}
