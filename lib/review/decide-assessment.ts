import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { createDraftRevision } from '@/lib/assessments/create-draft-revision';
import { transitionAssessment } from '@/lib/assessments/transition-assessment';
import type { ScopeActor } from '@/lib/auth/scope';
import { ConflictError, DomainError } from '@/lib/errors';
import type { Tx } from '@/lib/db/types';
import type { DecisionKind } from '@/lib/generated/prisma/enums';
import { notify } from '@/lib/notifications/notify';
import { activeOfficerIds, projectApplicantIds } from '@/lib/notifications/recipients';
import type { DecideAssessmentInput } from '@/lib/review/decide-assessment-schema';
import { assertAssignee, assertOfficer, findReviewAssessment } from '@/lib/review/find-review-assessment';
import { isFourEyesOn } from '@/lib/review/four-eyes';

const EVENT = { CHANGES_REQUESTED: 'requestChanges', ACCEPTED: 'accept', REJECTED: 'reject' } as const satisfies Record<DecisionKind, string>;

/**
 * The assigned officer decides on the revision under review (IN_REVIEW). „Überarbeitung
 * anfordern“ needs at least one standard marked „Überarbeitung nötig“; it opens a new draft
 * revision for the applicant that starts from the submitted one. Under the four-eyes rule
 * (setting `review.fourEyes`), „Annehmen“ and „Ablehnen“ become a proposal that a second officer
 * confirms or returns (lib/review/resolve-proposal.ts). Of two concurrent decisions exactly one
 * wins (the state machine's conditional UPDATE, and one Decision per revision); the other gets
 * ConflictError('transitionRefused', status).
 */
export async function decideAssessment({ assessmentId, actor, input }: { assessmentId: string; actor: ScopeActor; input: DecideAssessmentInput }) {
  assertOfficer(actor);
  return db.$transaction(async (tx) => {
    const assessment = await findReviewAssessment({ tx, assessmentId, actor, allowed: ['IN_REVIEW'] });
    assertAssignee(assessment, actor);
    const revisionId = assessment.submitted.id;
    const open = await tx.decisionProposal.findFirst({ where: { revisionId, resolution: null }, select: { id: true } });
    if (open) throw new ConflictError('proposalOpen');
    if (input.kind === 'CHANGES_REQUESTED') {
      const needsRevision = await tx.standardVerdict.count({ where: { revisionId, verdict: 'NEEDS_REVISION' } });
      if (needsRevision === 0) throw new DomainError('verdictRequired');
    }
    if (input.kind !== 'CHANGES_REQUESTED' && (await isFourEyesOn(tx))) {
      const proposal = await tx.decisionProposal.create({
        data: { revisionId, kind: input.kind, reason: input.reason, proposedById: actor.id },
        select: { id: true },
      });
      await recordAuditEvent({
        db: tx,
        actorId: actor.id,
        action: 'decision.proposed',
        subjectType: 'Assessment',
        subjectId: assessmentId,
        details: { proposalId: proposal.id, revision: assessment.submitted.number, kind: input.kind, internal: true },
      });
      const officers = await activeOfficerIds(tx);
      await notify({
        tx,
        kind: 'DECISION_PROPOSED',
        recipientIds: officers,
        actorId: actor.id,
        assessmentId,
        data: { projectId: assessment.project.id, projectTitle: assessment.project.title, revisionNumber: assessment.submitted.number, decisionKind: input.kind },
      });
      return { kind: input.kind, proposed: true };
    }
    await recordDecision({
      tx,
      assessment,
      actorId: actor.id,
      decision: { kind: input.kind, reason: input.reason, dueDate: input.dueDate, decidedById: actor.id, confirmedById: null },
    });
    return { kind: input.kind, proposed: false };
  });
}

/**
 * Writes the decision (immutable), moves the state machine and tells the applicants; after a
 * revision request, the new draft revision. Shared by a direct decision and a confirmed proposal.
 */
export async function recordDecision({
  tx,
  assessment,
  actorId,
  decision,
}: {
  tx: Tx;
  assessment: { id: string; project: { id: string; title: string }; submitted: { id: string; number: number } };
  actorId: string;
  decision: { kind: DecisionKind; reason: string; dueDate: string | null; decidedById: string; confirmedById: string | null };
}) {
  await transitionAssessment({
    tx,
    assessmentId: assessment.id,
    event: EVENT[decision.kind],
    actorId,
    details: { revision: assessment.submitted.number },
  });
  const created = await tx.decision.create({
    data: {
      revisionId: assessment.submitted.id,
      kind: decision.kind,
      reason: decision.reason,
      dueDate: decision.dueDate ? new Date(`${decision.dueDate}T00:00:00Z`) : null,
      decidedById: decision.decidedById,
      confirmedById: decision.confirmedById,
    },
    select: { id: true },
  });
  await recordAuditEvent({
    db: tx,
    actorId,
    action: 'decision.made',
    subjectType: 'Assessment',
    subjectId: assessment.id,
    details: { decisionId: created.id, revision: assessment.submitted.number, kind: decision.kind, dueDate: decision.dueDate, confirmedBy: decision.confirmedById },
  });
  if (decision.kind === 'CHANGES_REQUESTED') {
    const draft = await createDraftRevision({ tx, assessmentId: assessment.id, actorId });
    await recordAuditEvent({
      db: tx,
      actorId,
      action: 'revision.created',
      subjectType: 'Revision',
      subjectId: draft.id,
      details: { number: draft.number, reason: 'changesRequested' },
    });
  }
  const officer = await tx.user.findUniqueOrThrow({ where: { id: decision.decidedById }, select: { name: true } });
  await notify({
    tx,
    kind: 'DECISION_MADE',
    recipientIds: await projectApplicantIds(tx, assessment.project.id),
    actorId,
    assessmentId: assessment.id,
    data: {
      projectId: assessment.project.id,
      projectTitle: assessment.project.title,
      revisionNumber: assessment.submitted.number,
      decisionKind: decision.kind,
      dueDate: decision.dueDate,
      actorName: officer.name,
    },
  });
}
