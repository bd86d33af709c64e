import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ScopeActor } from '@/lib/auth/scope';
import { assertCatalogueManager, findDraftVersion, nameOfEditor } from '@/lib/catalogue/find-draft-version';
import { updateDraftHeadingSchema } from '@/lib/catalogue/update-draft-heading-schema';
import type { Tx } from '@/lib/db/types';
import { ConflictError, NotFoundError } from '@/lib/errors';

/** A phase title or topic heading as saved: the editor's answer, and the other side of a conflict. */
export type StoredDraftHeading = {
  kind: 'phase' | 'topic';
  id: string;
  heading: string;
  headingEn: string | null;
  lockVersion: number;
  updatedAt: string | null;
  updatedByName: string | null;
};

type Row = { id: string; heading: string; headingEn: string | null; lockVersion: number; updatedAt: Date | null; updatedById: string | null };

/** The row of a phase (title) or topic (heading) of the draft, in one shape. */
async function loadHeading(tx: Tx, kind: 'phase' | 'topic', id: string, versionId: string): Promise<Row | null> {
  const common = { id: true, lockVersion: true, updatedAt: true, updatedById: true } as const;
  if (kind === 'phase') {
    const phase = await tx.phase.findFirst({ where: { id, versionId }, select: { ...common, title: true, titleEn: true } });
    return phase && { ...phase, heading: phase.title, headingEn: phase.titleEn };
  }
  return tx.topic.findFirst({ where: { id, phase: { versionId } }, select: { ...common, heading: true, headingEn: true } });
}

/**
 * Saves a phase title or a topic heading (Themenbereich) of the draft, German and English, if
 * nobody saved it since `expectedLockVersion`; otherwise ConflictError('catalogueChanged') with
 * the stored heading and who saved it. Audit event `catalogue.phase.updated` /
 * `catalogue.topic.updated` with before and after.
 */
export async function updateDraftHeading({
  actor,
  versionId,
  input,
}: {
  actor: ScopeActor & { name?: string };
  versionId: string;
  input: unknown;
}): Promise<StoredDraftHeading> {
  assertCatalogueManager(actor);
  const { kind, id, expectedLockVersion, heading, headingEn: english } = updateDraftHeadingSchema.parse(input);
  const headingEn = english === '' ? null : english;
  return db.$transaction(async (tx) => {
    const version = await findDraftVersion({ tx, versionId, lock: 'share' });
    const before = await loadHeading(tx, kind, id, versionId);
    if (!before) throw new NotFoundError(kind === 'phase' ? 'Phase' : 'Topic');
    const stored = async (row: Row): Promise<StoredDraftHeading> => ({
      kind,
      id,
      heading: row.heading,
      headingEn: row.headingEn,
      lockVersion: row.lockVersion,
      updatedAt: row.updatedAt?.toISOString() ?? null,
      updatedByName: await nameOfEditor(tx, row.updatedById, actor),
    });
    const unchanged = before.heading === heading && before.headingEn === headingEn;
    if (before.lockVersion !== expectedLockVersion) {
      if (unchanged) return stored(before);
      throw new ConflictError<StoredDraftHeading>('catalogueChanged', await stored(before));
    }
    if (unchanged) return stored(before);

    const updatedAt = new Date();
    const meta = { lockVersion: { increment: 1 }, updatedAt, updatedById: actor.id };
    const where = { id, lockVersion: expectedLockVersion };
    const { count } =
      kind === 'phase'
        ? await tx.phase.updateMany({ where, data: { title: heading, titleEn: headingEn, ...meta } })
        : await tx.topic.updateMany({ where, data: { heading, headingEn, ...meta } });
    if (count !== 1) throw new ConflictError<StoredDraftHeading>('catalogueChanged', await stored((await loadHeading(tx, kind, id, versionId))!));

    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: kind === 'phase' ? 'catalogue.phase.updated' : 'catalogue.topic.updated',
      subjectType: kind === 'phase' ? 'Phase' : 'Topic',
      subjectId: id,
      details: {
        catalogueVersion: version.number,
        lockVersion: expectedLockVersion + 1,
        before: { heading: before.heading, headingEn: before.headingEn },
        after: { heading, headingEn },
      },
    });
    return stored({ id, heading, headingEn, lockVersion: expectedLockVersion + 1, updatedAt, updatedById: actor.id });
  });
}
