import { recordAuditEvent } from '@/lib/audit/record-audit-event';
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

export type AssessmentEvent = keyof typeof TRANSITIONS;

export function canTransition(status: AssessmentStatus, event: AssessmentEvent): boolean {
  return (TRANSITIONS[event].from as readonly AssessmentStatus[]).includes(status);
}

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
