import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { commentScope, projectScope, type ScopeActor } from '@/lib/auth/scope';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { COMMENT_EDIT_MINUTES, type EditCommentInput } from '@/lib/review/comment-schema';

/**
 * The author changes their comment's text (within COMMENT_EDIT_MINUTES of writing it) or
 * retracts it (at any time; the row and its text stay, the thread shows „zurückgezogen“). Never
 * on someone else's comment (404: it is not theirs to find), never after retraction; the audit
 * event keeps the text before and after.
 */
export async function changeComment({
  commentId,
  actor,
  change,
}: {
  commentId: string;
  actor: ScopeActor;
  change: { kind: 'edit'; input: EditCommentInput } | { kind: 'retract' };
}) {
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.findFirst({
      where: { AND: [{ id: commentId, authorId: actor.id }, commentScope(actor), { assessment: { project: projectScope(actor) } }] },
      select: { id: true, assessmentId: true, body: true, createdAt: true, retractedAt: true },
    });
    if (!comment) throw new NotFoundError('Comment');
    await tx.$queryRaw`SELECT 1 FROM "Comment" WHERE "id" = ${comment.id} FOR UPDATE`;
    const current = await tx.comment.findUniqueOrThrow({ where: { id: comment.id }, select: { retractedAt: true, body: true } });
    if (current.retractedAt) throw new ConflictError('commentRetracted');
    const now = new Date();
    if (change.kind === 'edit') {
      if (now.getTime() - comment.createdAt.getTime() > COMMENT_EDIT_MINUTES * 60_000) throw new ConflictError('commentEditExpired');
      if (change.input.body === current.body) return { editedAt: null };
      await tx.comment.update({ where: { id: comment.id }, data: { body: change.input.body, editedAt: now }, select: { id: true } });
    } else {
      await tx.comment.update({ where: { id: comment.id }, data: { retractedAt: now }, select: { id: true } });
    }
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: change.kind === 'edit' ? 'comment.edited' : 'comment.retracted',
      subjectType: 'Comment',
      subjectId: comment.id,
      details: change.kind === 'edit' ? { before: current.body, after: change.input.body } : { assessmentId: comment.assessmentId },
    });
    return { editedAt: change.kind === 'edit' ? now : null };
  });
}
