import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ScopeActor } from '@/lib/auth/scope';
import { assertCatalogueManager } from '@/lib/catalogue/find-draft-version';
import { DomainError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';

/**
 * „Entwurf anlegen“: a new DRAFT catalogue version, numbered after the highest, copied from the
 * latest published version — title and heading, phases, topics and every standard (retired ones
 * too, so keys and numbers stay known) — in one transaction with the audit event
 * `catalogue.draft.created`. Only one draft at a time (DomainError('catalogueDraftExists'); the
 * database's partial unique index `CatalogueVersion_one_draft` refuses a second one even when two
 * administrators click at the same moment).
 */
export async function createDraftVersion({ actor }: { actor: ScopeActor }): Promise<{ id: string; number: number }> {
  assertCatalogueManager(actor);
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.catalogueVersion.findFirst({ where: { status: 'DRAFT' }, select: { id: true } });
      if (existing) throw new DomainError('catalogueDraftExists');
      const source = await tx.catalogueVersion.findFirst({
        where: { status: 'PUBLISHED' },
        orderBy: { number: 'desc' },
        select: {
          id: true,
          number: true,
          title: true,
          titleEn: true,
          heading: true,
          headingEn: true,
          phases: {
            select: {
              key: true,
              position: true,
              title: true,
              titleEn: true,
              topics: {
                select: {
                  position: true,
                  heading: true,
                  headingEn: true,
                  standards: {
                    select: {
                      key: true,
                      number: true,
                      position: true,
                      text: true,
                      textEn: true,
                      objective: true,
                      objectiveEn: true,
                      information: true,
                      informationEn: true,
                      retired: true,
                    },
                  },
                },
              },
            },
          },
        },
      });
      if (!source) throw new DomainError('noPublishedCatalogue');
      const highest = await tx.catalogueVersion.aggregate({ _max: { number: true } });
      const number = (highest._max.number ?? 0) + 1;

      const version = await tx.catalogueVersion.create({
        data: { number, status: 'DRAFT', title: source.title, titleEn: source.titleEn, heading: source.heading, headingEn: source.headingEn },
        select: { id: true },
      });
      // New ids here, so topics and standards can name their new parents: three statements in all.
      const phases = source.phases.map((phase) => ({ ...phase, id: randomUUID() }));
      const topics = phases.flatMap((phase) => phase.topics.map((topic) => ({ ...topic, id: randomUUID(), phaseId: phase.id })));
      await tx.phase.createMany({
        data: phases.map(({ id, key, position, title, titleEn }) => ({ id, versionId: version.id, key, position, title, titleEn })),
      });
      await tx.topic.createMany({
        data: topics.map(({ id, phaseId, position, heading, headingEn }) => ({ id, phaseId, position, heading, headingEn })),
      });
      await tx.standard.createMany({
        data: topics.flatMap((topic) => topic.standards.map((standard) => ({ ...standard, versionId: version.id, topicId: topic.id }))),
      });
      await recordAuditEvent({
        db: tx,
        actorId: actor.id,
        action: 'catalogue.draft.created',
        subjectType: 'CatalogueVersion',
        subjectId: version.id,
        details: { number, basedOn: source.number },
      });
      return { id: version.id, number };
    });
  } catch (error) {
    // A second administrator's draft (or its number) won the race.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new DomainError('catalogueDraftExists');
    throw error;
  }
}
