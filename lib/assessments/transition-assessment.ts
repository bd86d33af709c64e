import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { createDraftRevision } from '@/lib/assessments/create-draft-revision';
import { findAssessmentForActor } from '@/lib/assessments/find-assessment-for-actor';
import type { ScopeActor } from '@/lib/auth/scope';
import { ConflictError } from '@/lib/errors';
import type { Tx } from '@/lib/db/types';
import type { AssessmentStatus } from '@/lib/generated/prisma/enums';

/**
 * The state machine of a self-assessment — the one place that changes Assessment.status.
 *   DRAFT | CHANGES_REQUESTED --submit--> SUBMITTED --startReview--> IN_REVIEW
 *   IN_REVIEW --requestChanges--> CHANGES_REQUESTED | --accept--> ACCEPTED | --reject--> REJECTED
 *   SUBMITTED --withdraw--> WITHDRAWN --reopen--> DRAFT
 * The status is checked in the same UPDATE (… WHERE status IN (expected)), so of two concurrent
 * transitions exactly one wins; the other gets ConflictError('transitionRefused').
 * „Einreichen“ has its own file (lib/assessments/submit-assessment.ts: it freezes the revision);
 * the two applicant transitions without further work are below.
 */
export const TRANSITIONS = {
  submit: { from: ['DRAFT', 'CHANGES_REQUESTED'], to: 'SUBMITTED' },
  withdraw: { from: ['SUBMITTED'], to: 'WITHDRAWN' },
  reopen: { from: ['WITHDRAWN'], to: 'DRAFT' },
  startReview: { from: ['SUBMITTED'], to: 'IN_REVIEW' },
  requestChanges: { from: ['IN_REVIEW'], to: 'CHANGES_REQUESTED' },
  accept: { from: ['IN_REVIEW'], to: 'ACCEPTED' },
  reject: { from: ['IN_REVIEW'], to: 'REJECTED' },
} as const satisfies Record<string, { from: readonly AssessmentStatus[]; to: AssessmentStatus }>;

type AssessmentEvent = keyof typeof TRANSITIONS;

export async function transitionAssessment({
  tx,
  assessmentId,
  event,
  actorId,
  details = {},
}: {
  tx: Tx;
  assessmentId: string;
  event: AssessmentEvent;
  actorId: string;
  details?: Record<string, string | number | null>;
}): Promise<AssessmentStatus> {
  const { from, to } = TRANSITIONS[event];
  const { count } = await tx.assessment.updateMany({
    where: { id: assessmentId, status: { in: [...from] } },
    data: { status: to },
  });
  if (count !== 1) {
    const current = await tx.assessment.findUnique({ where: { id: assessmentId }, select: { status: true } });
    throw new ConflictError('transitionRefused', current?.status ?? null);
  }
  await recordAuditEvent({
    db: tx,
    actorId,
    action: `assessment.${event}`,
    subjectType: 'Assessment',
    subjectId: assessmentId,
    details: { ...details, to },
  });
  return to;
}

/**
 * „Zurückziehen“: possible while the submission waits for review (SUBMITTED), refused once an
 * officer started it. The submitted revision stays as it is (immutable); it is only marked
 * withdrawn. Editing again starts a new draft revision (reopenAssessment).
 */
export async function withdrawAssessment({ projectId, actor }: { projectId: string; actor: ScopeActor }) {
  return db.$transaction(async (tx) => {
    const { assessmentId, revision } = await findAssessmentForActor({ db: tx, projectId, actor });
    await transitionAssessment({ tx, assessmentId, event: 'withdraw', actorId: actor.id, details: { revision: revision.number } });
    await tx.revision.update({ where: { id: revision.id }, data: { withdrawnAt: new Date() }, select: { id: true } });
  });
}

/** After „Zurückziehen“: back to DRAFT with a new draft revision copied from the withdrawn one. */
export async function reopenAssessment({ projectId, actor }: { projectId: string; actor: ScopeActor }) {
  return db.$transaction(async (tx) => {
    const { assessmentId } = await findAssessmentForActor({ db: tx, projectId, actor });
    await transitionAssessment({ tx, assessmentId, event: 'reopen', actorId: actor.id });
    const revision = await createDraftRevision({ tx, assessmentId, actorId: actor.id });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'revision.created',
      subjectType: 'Revision',
      subjectId: revision.id,
      details: { number: revision.number, reason: 'reopen' },
    });
    return revision;
  });
}
