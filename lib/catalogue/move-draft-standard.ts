import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ScopeActor } from '@/lib/auth/scope';
import { assertCatalogueManager, findDraftVersion } from '@/lib/catalogue/find-draft-version';
import { moveDraftStandardSchema } from '@/lib/catalogue/move-draft-standard-schema';
import { NotFoundError } from '@/lib/errors';

/**
 * Moves a standard of the draft one place up or down within its topic: it swaps places with the
 * neighbouring standard that is not retired (retired ones are not shown, and keep their place).
 * The topic's standards are then numbered 1, 2, … by `position` in one statement; display
 * numbers do not change. The draft's row is locked for update, so moves run one after the
 * other and each starts from the order the previous one left. At the top (or bottom) nothing
 * changes. Audit event `catalogue.standard.moved` with the topic's order before and after.
 */
export async function moveDraftStandard({ actor, versionId, input }: { actor: ScopeActor; versionId: string; input: unknown }): Promise<{ moved: boolean }> {
  assertCatalogueManager(actor);
  const { key, direction } = moveDraftStandardSchema.parse(input);
  return db.$transaction(async (tx) => {
    const version = await findDraftVersion({ tx, versionId, lock: 'update' });
    const standard = await tx.standard.findUnique({
      where: { versionId_key: { versionId, key } },
      select: {
        id: true,
        retired: true,
        topic: { select: { id: true, standards: { orderBy: [{ position: 'asc' }, { number: 'asc' }], select: { id: true, key: true, retired: true } } } },
      },
    });
    if (!standard) throw new NotFoundError('Standard');
    const order = standard.topic.standards;
    const index = order.findIndex((row) => row.id === standard.id);
    const step = direction === 'up' ? -1 : 1;
    let neighbour = index + step;
    while (neighbour >= 0 && neighbour < order.length && order[neighbour]!.retired) neighbour += step;
    if (standard.retired || neighbour < 0 || neighbour >= order.length) return { moved: false };

    const after = [...order];
    [after[index], after[neighbour]] = [after[neighbour]!, after[index]!];
    await tx.$executeRaw`
      UPDATE "Standard" AS s SET "position" = u.position
      FROM unnest(${after.map((row) => row.id)}::text[]) WITH ORDINALITY AS u(id, position)
      WHERE s."id" = u.id AND s."position" IS DISTINCT FROM u.position::int`;
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'catalogue.standard.moved',
      subjectType: 'Topic',
      subjectId: standard.topic.id,
      details: {
        catalogueVersion: version.number,
        key,
        direction,
        before: order.filter((row) => !row.retired).map((row) => row.key),
        after: after.filter((row) => !row.retired).map((row) => row.key),
      },
    });
    return { moved: true };
  });
}
