import { db } from '@/lib/db';
import { ANSWER_SELECT } from '@/lib/assessments/answer-select';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertProjectEditable } from '@/lib/assessments/assert-project-editable';
import { findAssessmentForActor } from '@/lib/assessments/find-assessment-for-actor';
import { toAnswerDraft, type AnswerDraft } from '@/lib/assessments/answer-rules';
import { saveAnswerSchema, type SaveAnswerInput } from '@/lib/assessments/save-answer-schema';
import { ConflictError, NotFoundError } from '@/lib/errors';
import type { ScopeActor } from '@/lib/auth/scope';
import type { Tx } from '@/lib/db/types';

export type StoredAnswer = AnswerDraft & { version: number; updatedAt: string; updatedByName: string | null };


/**
 * Saves one answer of the draft revision if nobody changed it since `expectedVersion`;
 * otherwise throws ConflictError('answerConflict') carrying the stored answer, so the user can
 * see both versions. Never overwrites silently. Audit event with the changed fields.
 */
export async function saveAnswer({ actor, ...input }: SaveAnswerInput & { actor: ScopeActor }): Promise<StoredAnswer> {
  const { projectId, standardKey, expectedVersion, answer } = saveAnswerSchema.parse(input);
  return db.$transaction(async (tx) => {
    await findAssessmentForActor({ db: tx, projectId, actor });
    const { revisionId } = await assertProjectEditable({ db: tx, projectId });
    const before = await tx.answer.findUnique({
      where: { revisionId_standardKey: { revisionId, standardKey } },
      select: ANSWER_SELECT,
    });
    if (!before) throw new NotFoundError('answer');

    const data = {
      status: answer.status,
      implementation: answer.implementation,
      plannedMeasures: answer.plannedMeasures,
      targetDate: answer.targetDate ? new Date(`${answer.targetDate}T00:00:00Z`) : null,
      partners: answer.partners,
      updatedById: actor.id,
    };
    const { count } = await tx.answer.updateMany({
      where: { revisionId, standardKey, version: expectedVersion },
      data: { ...data, version: { increment: 1 } },
    });
    if (count !== 1) {
      throw new ConflictError<StoredAnswer>('answerConflict', await toStoredAnswer(tx, before));
    }

    const previous = toAnswerDraft(before);
    const changed = (Object.keys(answer) as (keyof AnswerDraft)[]).filter((field) => previous[field] !== answer[field]);
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'answer.saved',
      subjectType: 'Answer',
      subjectId: `${revisionId}:${standardKey}`,
      details: {
        version: expectedVersion + 1,
        before: Object.fromEntries(changed.map((field) => [field, previous[field]])),
        after: Object.fromEntries(changed.map((field) => [field, answer[field]])),
      },
    });
    const after = await tx.answer.findUniqueOrThrow({
      where: { revisionId_standardKey: { revisionId, standardKey } },
      select: ANSWER_SELECT,
    });
    return toStoredAnswer(tx, after);
  });
}

async function toStoredAnswer(
  tx: Tx,
  row: { version: number; updatedAt: Date; updatedById: string | null } & Parameters<typeof toAnswerDraft>[0],
): Promise<StoredAnswer> {
  const user = row.updatedById
    ? await tx.user.findUnique({ where: { id: row.updatedById }, select: { name: true } })
    : null;
  return { ...toAnswerDraft(row), version: row.version, updatedAt: row.updatedAt.toISOString(), updatedByName: user?.name ?? null };
}
