'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/guards';
import { parseId } from '@/lib/forms/action-args';
import { ok, type ActionResult } from '@/lib/forms/action-result';
import { toActionFailure, withStatusName } from '@/lib/forms/to-action-failure';
import { addComment } from '@/lib/review/add-comment';
import { changeComment } from '@/lib/review/change-comment';
import { addCommentSchema, editCommentSchema } from '@/lib/review/comment-schema';

/** The pages that show threads (never the cached public pages). */
function revalidateThreads() {
  revalidatePath('/review', 'layout');
  revalidatePath('/projects', 'layout');
}

/**
 * The comment threads' actions, shared by the officers' review pages and the applicants'
 * self-assessment pages (the same threads, scoped in lib/review: internal notes are officers'
 * only). Bound to the assessment (add) or the comment (edit, retract).
 */
export async function addCommentAction(assessmentId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  const actor = await requirePermission('review:comment');
  try {
    const comment = await addComment({ assessmentId: parseId(assessmentId, 'Assessment'), actor, input: addCommentSchema.parse(input) });
    revalidateThreads();
    return ok({ id: comment.id });
  } catch (error) {
    return withStatusName(toActionFailure(error, 'review/add-comment'));
  }
}

export async function editCommentAction(commentId: unknown, input: unknown): Promise<ActionResult> {
  const actor = await requirePermission('review:comment');
  try {
    await changeComment({ commentId: parseId(commentId, 'Comment'), actor, change: { kind: 'edit', input: editCommentSchema.parse(input) } });
    revalidateThreads();
    return ok(undefined);
  } catch (error) {
    return toActionFailure(error, 'review/edit-comment');
  }
}

export async function retractCommentAction(commentId: unknown): Promise<ActionResult> {
  const actor = await requirePermission('review:comment');
  try {
    await changeComment({ commentId: parseId(commentId, 'Comment'), actor, change: { kind: 'retract' } });
    revalidateThreads();
    return ok(undefined);
  } catch (error) {
    return toActionFailure(error, 'review/retract-comment');
  }
}
