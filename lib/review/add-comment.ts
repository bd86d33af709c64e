import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, DomainError } from '@/lib/errors';
import { notify } from '@/lib/notifications/notify';
import { activeOfficerIds, projectApplicantIds } from '@/lib/notifications/recipients';
import type { AddCommentInput } from '@/lib/review/comment-schema';
import { findReviewAssessment } from '@/lib/review/find-review-assessment';

/** While a submission is waiting, in review or being revised; never on a finished one. */
const COMMENTABLE = ['SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED'] as const;

/**
 * „Kommentieren“: a comment in the thread of one standard, by an officer or an applicant of
 * the project. Officers may write an internal note instead, which applicants never see
 * (lib/auth/scope.ts `commentScope`). The comment belongs to the revision the writer sees
 * (officers: the latest submitted; applicants: the latest, a new draft while revising). The
 * other side is notified of a public comment — the notification names the standard, never the text.
 */
export async function addComment({ assessmentId, actor, input }: { assessmentId: string; actor: ScopeActor; input: AddCommentInput }) {
  if (input.internal && actor.role !== 'OFFICER') throw new AuthorizationError('forbidden');
  return db.$transaction(async (tx) => {
    const assessment = await findReviewAssessment({ tx, assessmentId, actor, allowed: COMMENTABLE });
    const latest = await tx.revision.findFirstOrThrow({
      where: { assessmentId, ...(actor.role === 'APPLICANT' ? {} : { status: 'SUBMITTED' }) },
      orderBy: { number: 'desc' },
      select: { id: true, number: true, catalogueVersionId: true },
    });
    let standardNumber: number | null = null;
    if (input.standardKey !== null) {
      const standard = await tx.standard.findUnique({
        where: { versionId_key: { versionId: latest.catalogueVersionId, key: input.standardKey } },
        select: { number: true },
      });
      if (!standard) throw new DomainError('standardInvalid');
      standardNumber = standard.number;
    }
    const comment = await tx.comment.create({
      data: { assessmentId, revisionId: latest.id, standardKey: input.standardKey, authorId: actor.id, body: input.body, internal: input.internal },
      select: { id: true, createdAt: true },
    });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'comment.created',
      subjectType: 'Assessment',
      subjectId: assessmentId,
      details: { commentId: comment.id, revision: latest.number, standardKey: input.standardKey, internal: input.internal },
    });
    if (!input.internal) {
      const recipientIds =
        actor.role === 'APPLICANT'
          ? assessment.assignedToId
            ? [assessment.assignedToId]
            : await activeOfficerIds(tx)
          : await projectApplicantIds(tx, assessment.project.id);
      const author = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
      await notify({
        tx,
        kind: 'COMMENT_ADDED',
        recipientIds,
        actorId: actor.id,
        assessmentId,
        data: {
          projectId: assessment.project.id,
          projectTitle: assessment.project.title,
          revisionNumber: latest.number,
          standardNumber,
          actorName: author.name,
        },
      });
    }
    return comment;
  });
}
