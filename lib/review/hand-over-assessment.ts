import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ScopeActor } from '@/lib/auth/scope';
import { DomainError } from '@/lib/errors';
import { notify } from '@/lib/notifications/notify';
import type { HandOverInput } from '@/lib/review/hand-over-assessment-schema';
import { assertOfficer, findReviewAssessment } from '@/lib/review/find-review-assessment';

/**
 * „Abgeben“: an officer hands a submission (waiting or in review) to another active officer,
 * with a note. The note is internal (the history shows it to officers only); the new assignee
 * is notified.
 */
export async function handOverAssessment({ assessmentId, actor, input }: { assessmentId: string; actor: ScopeActor; input: HandOverInput }) {
  assertOfficer(actor);
  return db.$transaction(async (tx) => {
    const assessment = await findReviewAssessment({ tx, assessmentId, actor, allowed: ['SUBMITTED', 'IN_REVIEW'] });
    const officer = await tx.user.findFirst({
      where: { id: input.officerId, role: 'OFFICER', disabledAt: null },
      select: { id: true, name: true },
    });
    if (!officer || officer.id === assessment.assignedToId) throw new DomainError('invalid', 'no such officer', { officerId: ['officerRequired'] });
    await tx.assessment.update({ where: { id: assessmentId }, data: { assignedToId: officer.id, assignedAt: new Date() }, select: { id: true } });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'assessment.assigned',
      subjectType: 'Assessment',
      subjectId: assessmentId,
      details: { from: assessment.assignedToId, to: officer.id, note: input.note, internal: true },
    });
    await notify({
      tx,
      kind: 'ASSIGNED',
      recipientIds: [officer.id],
      actorId: actor.id,
      assessmentId,
      data: { projectId: assessment.project.id, projectTitle: assessment.project.title, revisionNumber: assessment.submitted.number },
    });
  });
}
