import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { transitionAssessment } from '@/lib/assessments/transition-assessment';
import type { ScopeActor } from '@/lib/auth/scope';
import { assertOfficer, findReviewAssessment } from '@/lib/review/find-review-assessment';

/**
 * „Übernehmen“: the officer assigns the submission to themselves and starts the review
 * (SUBMITTED → IN_REVIEW, the state machine's `startReview`); from then on the applicant can no
 * longer withdraw it. Of two officers taking it at once, one wins; the other is told the status.
 */
export async function takeAssessment({ assessmentId, actor }: { assessmentId: string; actor: ScopeActor }) {
  assertOfficer(actor);
  return db.$transaction(async (tx) => {
    const assessment = await findReviewAssessment({ tx, assessmentId, actor, allowed: ['SUBMITTED'] });
    await transitionAssessment({ tx, assessmentId, event: 'startReview', actorId: actor.id, details: { revision: assessment.submitted.number } });
    await tx.assessment.update({ where: { id: assessmentId }, data: { assignedToId: actor.id, assignedAt: new Date() }, select: { id: true } });
    // Taking over from another officer (a resubmission they were assigned) is a transfer the history shows.
    if (assessment.assignedToId && assessment.assignedToId !== actor.id) {
      await recordAuditEvent({
        db: tx,
        actorId: actor.id,
        action: 'assessment.assigned',
        subjectType: 'Assessment',
        subjectId: assessmentId,
        details: { from: assessment.assignedToId, to: actor.id },
      });
    }
  });
}
