import type { Tx } from '@/lib/db/types';

/**
 * A new draft revision n+1 that starts as a copy of revision n: new answer rows with the same
 * content (version counters restart), the same pinned catalogue version. Evidence belongs to
 * the project, so the draft sees the same evidence; the earlier revision keeps its snapshot.
 * Used after „Zurückziehen“ (reopen) and, later, after „Überarbeitung angefordert“.
 */
export async function createDraftRevision({ tx, assessmentId, actorId }: { tx: Tx; assessmentId: string; actorId: string }) {
  const last = await tx.revision.findFirstOrThrow({
    where: { assessmentId },
    orderBy: { number: 'desc' },
    select: {
      number: true,
      catalogueVersionId: true,
      answers: {
        select: { standardKey: true, status: true, implementation: true, plannedMeasures: true, targetDate: true, partners: true },
      },
    },
  });
  return tx.revision.create({
    data: {
      assessmentId,
      number: last.number + 1,
      catalogueVersionId: last.catalogueVersionId,
      answers: { createMany: { data: last.answers.map((answer) => ({ ...answer, updatedById: actorId })) } },
    },
    select: { id: true, number: true },
  });
}
