import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hasPermission } from '@/lib/auth/permissions';
import type { ScopeActor } from '@/lib/auth/scope';
import { assertProjectEditable } from '@/lib/assessments/assert-project-editable';
import { findAssessmentForActor } from '@/lib/assessments/find-assessment-for-actor';
import { AuthorizationError, NotFoundError } from '@/lib/errors';

/**
 * Confirms an answer marked „Text geändert – bitte prüfen“: the applicant has read the
 * standard's new text and the answer stands (it counts again once complete). The answer's
 * content and version stay as they are. Audited (`answer.confirmed`); confirming an answer
 * that needs no confirmation changes nothing and records nothing.
 */
export async function confirmAnswer({ actor, projectId, standardKey }: { actor: ScopeActor; projectId: string; standardKey: string }) {
  if (!hasPermission(actor.role, 'project:write')) throw new AuthorizationError('forbidden');
  return db.$transaction(async (tx) => {
    await findAssessmentForActor({ db: tx, projectId, actor });
    const { revisionId } = await assertProjectEditable({ db: tx, projectId });
    const answer = await tx.answer.findUnique({
      where: { revisionId_standardKey: { revisionId, standardKey } },
      select: { id: true, needsConfirmation: true },
    });
    if (!answer) throw new NotFoundError('answer');
    if (!answer.needsConfirmation) return { confirmed: false };
    // Raw, so the answer's „last saved“ (updatedAt) stays that of its content.
    await tx.$executeRaw`UPDATE "Answer" SET "needsConfirmation" = false WHERE "id" = ${answer.id}`;
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'answer.confirmed',
      subjectType: 'Answer',
      subjectId: `${revisionId}:${standardKey}`,
      details: { before: { needsConfirmation: true }, after: { needsConfirmation: false } },
    });
    return { confirmed: true };
  });
}
