import { db } from '@/lib/db';
import { findAssessmentForActor } from '@/lib/assessments/find-assessment-for-actor';
import { listMissingAnswers, type MissingAnswer } from '@/lib/assessments/list-missing-answers';
import { transitionAssessment } from '@/lib/assessments/transition-assessment';
import { DomainError } from '@/lib/errors';
import type { ScopeActor } from '@/lib/auth/scope';
import { takeProfileSnapshot } from '@/lib/assessments/profile-snapshot';
import { notify } from '@/lib/notifications/notify';
import { activeOfficerIds } from '@/lib/notifications/recipients';

/** „Einreichen“ refused: `missing` (also the failure's `details`) says what each answer lacks. */
export class IncompleteAssessmentError extends DomainError<MissingAnswer[]> {
  constructor(readonly missing: MissingAnswer[]) {
    super('incomplete', `${missing.length} answers are incomplete`, {}, missing);
    this.name = 'IncompleteAssessmentError';
  }
}

/**
 * „Einreichen“: only when every answer is complete. Freezes the draft revision in one
 * transaction, holding the revision row locked (see assertProjectEditable): references the current version of every evidence of the project (the
 * snapshot) and freezes the project profile and companies into it (`profileSnapshot`), marks
 * the revision submitted (from then on the database refuses any change to it, its answers, its
 * evidence references and its profile) and moves the assessment to SUBMITTED. The assigned
 * officer (a resubmission after „Überarbeitung angefordert“) or else every officer is notified.
 */
export async function submitAssessment({ projectId, actor }: { projectId: string; actor: ScopeActor }) {
  return db.$transaction(async (tx) => {
    const { assessmentId, revision } = await findAssessmentForActor({ db: tx, projectId, actor });
    // Lock the draft against concurrent saves and a second submission; re-read its status
    // under the lock (a concurrent submission may have frozen it meanwhile).
    const locked = await tx.$queryRaw<{ status: string }[]>`
      SELECT "status"::text AS "status" FROM "Revision" WHERE "id" = ${revision.id} FOR UPDATE`;
    if (locked[0]?.status !== 'DRAFT') throw new DomainError('projectLocked');

    const answers = await tx.answer.findMany({
      where: { revisionId: revision.id },
      orderBy: { standardKey: 'asc' },
      select: { standardKey: true, status: true, implementation: true, plannedMeasures: true, targetDate: true, partners: true, needsConfirmation: true },
    });
    const missing = listMissingAnswers(answers);
    if (missing.length > 0) throw new IncompleteAssessmentError(missing);

    const evidence = await tx.evidence.findMany({
      where: { projectId, removedAt: null },
      select: { versions: { orderBy: { number: 'desc' }, take: 1, select: { id: true } } },
    });
    const versionIds = evidence.flatMap((item) => item.versions.map((version) => version.id));
    if (versionIds.length > 0) {
      await tx.revisionEvidence.createMany({
        data: versionIds.map((evidenceVersionId) => ({ revisionId: revision.id, evidenceVersionId })),
      });
    }
    const submittedAt = new Date();
    const profileSnapshot = await takeProfileSnapshot({ tx, projectId });
    await tx.revision.update({
      where: { id: revision.id },
      data: { status: 'SUBMITTED', submittedAt, submittedById: actor.id, profileSnapshot },
      select: { id: true },
    });
    await transitionAssessment({
      tx,
      assessmentId,
      event: 'submit',
      actorId: actor.id,
      details: { revision: revision.number, answers: answers.length, evidenceVersions: versionIds.length },
    });
    const { assignedToId } = await tx.assessment.update({
      where: { id: assessmentId },
      data: { submittedAt },
      select: { assignedToId: true },
    });
    await notify({
      tx,
      kind: 'SUBMISSION_RECEIVED',
      recipientIds: assignedToId ? [assignedToId] : await activeOfficerIds(tx),
      actorId: actor.id,
      assessmentId,
      data: { projectId, projectTitle: profileSnapshot.title, revisionNumber: revision.number },
    });
    return { revisionNumber: revision.number, submittedAt };
  });
}
