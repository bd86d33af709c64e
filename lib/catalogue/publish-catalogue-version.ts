import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ScopeActor } from '@/lib/auth/scope';
import { diffCatalogueVersions } from '@/lib/catalogue/diff-catalogue-versions';
import { findBaseVersion } from '@/lib/catalogue/find-base-version';
import { assertCatalogueManager, findDraftVersion } from '@/lib/catalogue/find-draft-version';
import { publishCatalogueVersionSchema } from '@/lib/catalogue/publish-catalogue-version-schema';
import { DomainError } from '@/lib/errors';

/**
 * „Veröffentlichen“: the draft becomes the newest published catalogue version — its number
 * stays, publishedAt/By and the required „Änderungshinweis“ are set — in one transaction with
 * the audit event `catalogue.published` (before/after status, the note and what changed against
 * the version it was copied from). From then on the database refuses any change to it or its
 * phases, topics and standards (migration *_catalogue_editor). A draft without any change is
 * refused (DomainError('catalogueUnchanged')). The caller refreshes the cached /standards pages
 * (revalidatePath, ADR 011).
 */
export async function publishCatalogueVersion({
  actor,
  versionId,
  input,
}: {
  actor: ScopeActor;
  versionId: string;
  input: unknown;
}): Promise<{ id: string; number: number }> {
  assertCatalogueManager(actor);
  const { changeNote } = publishCatalogueVersionSchema.parse(input);
  return db.$transaction(async (tx) => {
    const version = await findDraftVersion({ tx, versionId, lock: 'update' });
    const base = await findBaseVersion({ number: version.number, db: tx });
    const diff = base ? await diffCatalogueVersions({ fromVersionId: base.id, toVersionId: version.id, db: tx }) : null;
    if (diff && diff.counts.new + diff.counts.changed + diff.counts.retired + diff.counts.headings === 0) throw new DomainError('catalogueUnchanged');

    const publishedAt = new Date();
    await tx.catalogueVersion.update({
      where: { id: version.id, status: 'DRAFT' },
      data: { status: 'PUBLISHED', publishedAt, publishedById: actor.id, changeNote },
      select: { id: true },
    });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'catalogue.published',
      subjectType: 'CatalogueVersion',
      subjectId: version.id,
      details: {
        number: version.number,
        basedOn: base?.number ?? null,
        changeNote,
        counts: diff?.counts ?? null,
        before: { status: 'DRAFT' },
        after: { status: 'PUBLISHED', publishedAt: publishedAt.toISOString() },
      },
    });
    return { id: version.id, number: version.number };
  });
}
