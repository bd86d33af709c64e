import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ScopeActor } from '@/lib/auth/scope';
import { DomainError } from '@/lib/errors';
import type { SetVerdictInput } from '@/lib/review/set-verdict-schema';
import { assertAssignee, assertOfficer, findReviewAssessment } from '@/lib/review/find-review-assessment';

/**
 * The assigned officer's verdict on one standard of the submitted revision under review, saved
 * at once and changeable until the decision (after it the database refuses any change). Only in
 * IN_REVIEW and while no four-eyes proposal is open.
 */
export async function setVerdict({ assessmentId, actor, input }: { assessmentId: string; actor: ScopeActor; input: SetVerdictInput }) {
  assertOfficer(actor);
  return db.$transaction(async (tx) => {
    const assessment = await findReviewAssessment({ tx, assessmentId, actor, allowed: ['IN_REVIEW'] });
    assertAssignee(assessment, actor);
    const revisionId = assessment.submitted.id;
    // One after the other: a transaction is one connection.
    const answer = await tx.answer.findUnique({ where: { revisionId_standardKey: { revisionId, standardKey: input.standardKey } }, select: { id: true } });
    const open = await tx.decisionProposal.findFirst({ where: { revisionId, resolution: null }, select: { id: true } });
    const before = await tx.standardVerdict.findUnique({ where: { revisionId_standardKey: { revisionId, standardKey: input.standardKey } }, select: { verdict: true } });
    if (!answer) throw new DomainError('standardInvalid');
    if (open) throw new DomainError('proposalOpen');
    const key = { revisionId_standardKey: { revisionId, standardKey: input.standardKey } };
    if (input.verdict === null) {
      if (before) await tx.standardVerdict.delete({ where: key, select: { revisionId: true } });
    } else {
      await tx.standardVerdict.upsert({
        where: key,
        create: { revisionId, standardKey: input.standardKey, verdict: input.verdict, officerId: actor.id },
        update: { verdict: input.verdict, officerId: actor.id },
        select: { revisionId: true },
      });
    }
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'verdict.set',
      subjectType: 'Assessment',
      subjectId: assessmentId,
      details: { revision: assessment.submitted.number, standardKey: input.standardKey, before: before?.verdict ?? null, after: input.verdict },
    });
    return { verdict: input.verdict };
  });
}
