import { db } from '@/lib/db';
import { ANSWER_SELECT } from '@/lib/assessments/answer-select';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { assertProjectEditable } from '@/lib/assessments/assert-project-editable';
import { findAssessmentForActor } from '@/lib/assessments/find-assessment-for-actor';
import { sameAnswer, toAnswerDraft, type AnswerDraft, type AnswerSnapshot } from '@/lib/assessments/answer-rules';
import { saveAnswerSchema, type SaveAnswerInput } from '@/lib/assessments/save-answer-schema';
import { ConflictError, NotFoundError } from '@/lib/errors';
import type { ScopeActor } from '@/lib/auth/scope';
import type { Tx } from '@/lib/db/types';
import { DISPLAY_NAME_SELECT, displayName } from '@/lib/users/display-name';

/** An answer as saved, with who saved it: what autosave gets back, and the other side of a conflict. */
export type StoredAnswer = AnswerSnapshot;

/**
 * Saves one answer of the draft revision if nobody changed it since `expectedVersion`;
 * otherwise throws ConflictError('answerConflict') carrying the stored answer, so the user can
 * see both versions. Never overwrites silently. Audit event with the changed fields.
 *
 * When the stored answer already says exactly what is being saved (a save that arrived late,
 * after the page was reloaded and the browser's copy was sent again), that is no conflict: the
 * stored answer is returned as saved, and nothing is written.
 */
export async function saveAnswer({
  actor,
  locale,
  ...input
}: SaveAnswerInput & {
  /** With `name` (the signed-in user, as the guards return it) the author needs no lookup. */
  actor: ScopeActor & { name?: string };
  /** The reader's language, for a conflict's author if that person was erased (lib/users/display-name.ts). */
  locale?: string;
}): Promise<StoredAnswer> {
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
      updatedAt: new Date(),
    };
    const { count } = await tx.answer.updateMany({
      where: { revisionId, standardKey, version: expectedVersion },
      data: { ...data, version: { increment: 1 } },
    });
    if (count !== 1) {
      const current = await tx.answer.findUniqueOrThrow({ where: { revisionId_standardKey: { revisionId, standardKey } }, select: ANSWER_SELECT });
      const stored = await toStoredAnswer(tx, current, undefined, locale);
      if (sameAnswer(stored, answer)) return stored;
      throw new ConflictError<StoredAnswer>('answerConflict', stored);
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
    // What was just written, without reading it back.
    return toStoredAnswer(tx, { ...data, version: expectedVersion + 1 }, actor);
  });
}

async function toStoredAnswer(
  tx: Tx,
  row: { version: number; updatedAt: Date; updatedById: string | null } & Parameters<typeof toAnswerDraft>[0],
  author?: { id: string; name?: string },
  locale?: string,
): Promise<StoredAnswer> {
  const known = author?.name !== undefined && author.id === row.updatedById;
  const user = known
    ? { name: author.name!, erasedAt: null }
    : row.updatedById
      ? await tx.user.findUnique({ where: { id: row.updatedById }, select: DISPLAY_NAME_SELECT })
      : null;
  return { ...toAnswerDraft(row), version: row.version, updatedAt: row.updatedAt.toISOString(), updatedByName: user ? displayName(user, locale) : null };
}
