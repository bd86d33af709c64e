import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hasPermission } from '@/lib/auth/permissions';
import type { ScopeActor } from '@/lib/auth/scope';
import { findAssessmentForActor } from '@/lib/assessments/find-assessment-for-actor';
import { compareStandards } from '@/lib/catalogue/compare-standards';
import { AuthorizationError, ConflictError, DomainError } from '@/lib/errors';
import type { Tx } from '@/lib/db/types';

export type AdoptionResult = {
  fromVersion: number;
  toVersion: number;
  /**
   * Standard keys: answers carried over as they were (also a changed standard's answer nobody had
   * started) / carried over for confirmation / dropped / started Offen.
   */
  unchanged: string[];
  changed: string[];
  retired: string[];
  added: string[];
};

/**
 * „Übernehmen“: moves the project's draft revision to the newest published catalogue version.
 * Answers to unchanged standards carry over as they are; answers to standards whose text
 * changed carry over marked „Text geändert – bitte prüfen“ (`needsConfirmation`: missing until
 * confirmed, confirm-answer.ts); answers to standards the new version retired drop out of the
 * draft (their content goes into the audit event, and earlier submitted revisions keep theirs);
 * new standards start Offen. One transaction with the audit event `assessment.catalogueAdopted`,
 * holding the revision row against saves and a submission meanwhile. Only a draft can move:
 * submitted revisions keep their version for good. ConflictError('catalogueCurrent') when the
 * draft already uses the newest version.
 */
export async function adoptCatalogueVersion({ actor, projectId }: { actor: ScopeActor; projectId: string }): Promise<AdoptionResult> {
  if (!hasPermission(actor.role, 'project:write')) throw new AuthorizationError('forbidden');
  return db.$transaction(async (tx) => {
    await findAssessmentForActor({ db: tx, projectId, actor });
    const revision = await lockDraftRevision(tx, projectId);
    const latest = await tx.catalogueVersion.findFirst({
      where: { status: 'PUBLISHED' },
      orderBy: { number: 'desc' },
      select: { id: true, number: true },
    });
    if (!latest) throw new DomainError('noPublishedCatalogue');
    if (latest.id === revision.catalogueVersionId) throw new ConflictError('catalogueCurrent');

    const [changes, answers] = await Promise.all([
      compareStandards({ db: tx, fromVersionId: revision.catalogueVersionId, toVersionId: latest.id }),
      tx.answer.findMany({
        where: { revisionId: revision.id },
        select: { standardKey: true, status: true, implementation: true, plannedMeasures: true, targetDate: true, partners: true },
      }),
    ]);
    const answered = new Set(answers.map((answer) => answer.standardKey));
    // An answer nobody has started yet has nothing to check against the new text.
    const started = new Set(answers.filter(isStarted).map((answer) => answer.standardKey));
    const result: AdoptionResult = {
      fromVersion: changes.fromNumber,
      toVersion: latest.number,
      unchanged: [...changes.unchanged, ...changes.changed.filter((key) => !started.has(key))].filter((key) => answered.has(key)),
      changed: changes.changed.filter((key) => started.has(key)),
      retired: changes.retired.filter((key) => answered.has(key)),
      // A standard of the new version without an answer in the draft starts Offen, whatever its history.
      added: [...changes.added, ...changes.unchanged, ...changes.changed].filter((key) => !answered.has(key)),
    };
    const dropped = answers.filter((answer) => result.retired.includes(answer.standardKey));

    await Promise.all([
      tx.answer.deleteMany({ where: { revisionId: revision.id, standardKey: { in: result.retired } } }),
      // Raw, so the answer's own „last saved“ (updatedAt, kept by Prisma on every update) stays the applicant's.
      tx.$executeRaw`UPDATE "Answer" SET "needsConfirmation" = true WHERE "revisionId" = ${revision.id} AND "standardKey" = ANY(${result.changed})`,
      tx.answer.createMany({ data: result.added.map((standardKey) => ({ revisionId: revision.id, standardKey, updatedById: actor.id })) }),
      tx.revision.update({ where: { id: revision.id }, data: { catalogueVersionId: latest.id }, select: { id: true } }),
    ]);
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'assessment.catalogueAdopted',
      subjectType: 'Revision',
      subjectId: revision.id,
      details: {
        revision: revision.number,
        before: { catalogueVersion: result.fromVersion },
        after: { catalogueVersion: result.toVersion },
        changed: result.changed,
        retired: result.retired,
        added: result.added,
        // What the draft no longer shows, kept here word for word.
        droppedAnswers: dropped.map((answer) => ({ ...answer, targetDate: answer.targetDate?.toISOString().slice(0, 10) ?? null })),
      },
    });
    return result;
  });
}

function isStarted(answer: { status: string; implementation: string; plannedMeasures: string; targetDate: Date | null; partners: string }) {
  return answer.status !== 'OPEN' || answer.targetDate !== null || [answer.implementation, answer.plannedMeasures, answer.partners].some((text) => text.trim() !== '');
}

/** The project's latest revision if it is a draft, locked for update until the transaction ends; else projectLocked. */
async function lockDraftRevision(tx: Tx, projectId: string) {
  const rows = await tx.$queryRaw<{ id: string; number: number; status: string; catalogueVersionId: string }[]>`
    SELECT r."id", r."number", r."status"::text AS "status", r."catalogueVersionId"
    FROM "Revision" r JOIN "Assessment" a ON a."id" = r."assessmentId"
    WHERE a."projectId" = ${projectId}
    ORDER BY r."number" DESC
    LIMIT 1
    FOR UPDATE OF r`;
  const revision = rows[0];
  if (!revision || revision.status !== 'DRAFT') throw new DomainError('projectLocked');
  return revision;
}
