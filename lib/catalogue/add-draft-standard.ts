import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ScopeActor } from '@/lib/auth/scope';
import { addDraftStandardSchema } from '@/lib/catalogue/add-draft-standard-schema';
import { toStoredStandardTexts } from '@/lib/catalogue/catalogue-text';
import { assertCatalogueManager, findDraftVersion } from '@/lib/catalogue/find-draft-version';
import { NotFoundError } from '@/lib/errors';

/** The key of a standard with this running number: std-07, std-23, std-100. */
export function standardKeyOf(sequence: number): string {
  return `std-${String(sequence).padStart(2, '0')}`;
}

/**
 * „Standard hinzufügen“: a new standard at the end of a topic of the draft, with a new stable key
 * (the next running number no version has used: keys are never reused, not even a retired
 * one's) and the display number after the draft's highest. The draft's row is locked for
 * update, so two additions at once get different keys and numbers. Audit event
 * `catalogue.standard.added` with its texts.
 */
export async function addDraftStandard({ actor, versionId, input }: { actor: ScopeActor; versionId: string; input: unknown }): Promise<{ key: string; number: number }> {
  assertCatalogueManager(actor);
  const { topicId, ...fields } = addDraftStandardSchema.parse(input);
  const texts = toStoredStandardTexts(fields);
  return db.$transaction(async (tx) => {
    const version = await findDraftVersion({ tx, versionId, lock: 'update' });
    const topic = await tx.topic.findFirst({
      where: { id: topicId, phase: { versionId } },
      select: { id: true, heading: true, phase: { select: { key: true } }, standards: { orderBy: { position: 'desc' }, take: 1, select: { position: true } } },
    });
    if (!topic) throw new NotFoundError('Topic');
    const [{ sequence }] = await tx.$queryRaw<[{ sequence: number }]>`
      SELECT COALESCE(MAX(substring("key" FROM '^std-([0-9]+)$')::int), 0)::int AS "sequence" FROM "Standard"`;
    const highest = await tx.standard.aggregate({ where: { versionId }, _max: { number: true } });
    const key = standardKeyOf(sequence + 1);
    const number = (highest._max.number ?? 0) + 1;
    const created = await tx.standard.create({
      data: {
        versionId,
        topicId: topic.id,
        key,
        number,
        position: (topic.standards[0]?.position ?? 0) + 1,
        ...texts,
        updatedAt: new Date(),
        updatedById: actor.id,
      },
      select: { id: true },
    });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'catalogue.standard.added',
      subjectType: 'Standard',
      subjectId: created.id,
      details: { catalogueVersion: version.number, key, number, phase: topic.phase.key, topic: topic.heading, before: null, after: texts },
    });
    return { key, number };
  });
}
