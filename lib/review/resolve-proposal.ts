import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ScopeActor } from '@/lib/auth/scope';
import { ConflictError } from '@/lib/errors';
import type { ResolveProposalInput } from '@/lib/review/decide-assessment-schema';
import { recordDecision } from '@/lib/review/decide-assessment';
import { assertOfficer, findReviewAssessment } from '@/lib/review/find-review-assessment';

/**
 * Four-eyes rule: a second officer „Bestätigen“ (the proposal becomes the decision, with both
 * names) or „Zurückgeben“ (with a note; the assignee may change verdicts and decide again).
 * Nobody confirms their own proposal (also a database constraint); returning one's own is
 * allowed (taking it back). The proposer sees a returned proposal, with its note, on the review page.
 */
export async function resolveProposal({ assessmentId, actor, input }: { assessmentId: string; actor: ScopeActor; input: ResolveProposalInput }) {
  assertOfficer(actor);
  return db.$transaction(async (tx) => {
    const assessment = await findReviewAssessment({ tx, assessmentId, actor, allowed: ['IN_REVIEW'] });
    const proposal = await tx.decisionProposal.findFirst({
      where: { revisionId: assessment.submitted.id, resolution: null },
      select: { id: true, kind: true, reason: true, proposedById: true },
    });
    if (!proposal) throw new ConflictError('noProposal');
    if (input.resolution === 'CONFIRMED' && proposal.proposedById === actor.id) throw new ConflictError('ownProposal');
    await tx.decisionProposal.update({
      where: { id: proposal.id },
      data: { resolution: input.resolution, resolvedById: actor.id, resolvedAt: new Date(), returnNote: input.resolution === 'RETURNED' ? input.note : null },
      select: { id: true },
    });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: input.resolution === 'CONFIRMED' ? 'decision.confirmed' : 'decision.returned',
      subjectType: 'Assessment',
      subjectId: assessmentId,
      details: { proposalId: proposal.id, revision: assessment.submitted.number, kind: proposal.kind, note: input.note || null, internal: true },
    });
    if (input.resolution === 'CONFIRMED') {
      await recordDecision({
        tx,
        assessment,
        actorId: actor.id,
        decision: { kind: proposal.kind, reason: proposal.reason, dueDate: null, decidedById: proposal.proposedById, confirmedById: actor.id },
      });
    }
    return { resolution: input.resolution };
  });
}
