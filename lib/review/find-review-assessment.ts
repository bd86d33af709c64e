import { visibleAssessment, type ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, ConflictError, NotFoundError } from '@/lib/errors';
import type { Tx } from '@/lib/db/types';
import type { AssessmentStatus } from '@/lib/generated/prisma/enums';

/**
 * The self-assessment a review action works on, inside the action's transaction: visible to the
 * actor (else NotFoundError), its row locked (`FOR UPDATE`, so verdicts, comments, decisions and
 * assignments on one assessment run one after the other and each sees the state the other left),
 * with its project and latest submitted revision. `allowed` lists the statuses the action is
 * possible in; any other is refused with ConflictError('transitionRefused', status).
 */
export async function findReviewAssessment({
  tx,
  assessmentId,
  actor,
  allowed,
}: {
  tx: Tx;
  assessmentId: string;
  actor: ScopeActor;
  allowed: readonly AssessmentStatus[];
}) {
  const visible = await tx.assessment.findFirst({ where: visibleAssessment(actor, assessmentId), select: { id: true } });
  if (!visible) throw new NotFoundError('Assessment');
  await tx.$queryRaw`SELECT 1 FROM "Assessment" WHERE "id" = ${assessmentId} FOR UPDATE`;
  const assessment = await tx.assessment.findUniqueOrThrow({
    where: { id: assessmentId },
    select: {
      id: true,
      status: true,
      assignedToId: true,
      project: { select: { id: true, title: true } },
      revisions: {
        where: { status: 'SUBMITTED' },
        orderBy: { number: 'desc' },
        take: 1,
        select: { id: true, number: true, profileSnapshot: true },
      },
    },
  });
  const submitted = assessment.revisions[0];
  if (!submitted) throw new NotFoundError('Assessment');
  if (!allowed.includes(assessment.status)) throw new ConflictError('transitionRefused', assessment.status);
  const { revisions: _revisions, ...rest } = assessment;
  return { ...rest, submitted: { id: submitted.id, number: submitted.number } };
}

/** Verdicts and decisions are the assigned officer's („Übernehmen“ first). */
export function assertAssignee(assessment: { assignedToId: string | null }, actor: ScopeActor): void {
  if (assessment.assignedToId !== actor.id) throw new ConflictError('notAssignee');
}

/** Officer work (taking, handing over, verdicts, decisions), refused to anyone else even if an action forgot its guard. */
export function assertOfficer(actor: ScopeActor): void {
  if (actor.role !== 'OFFICER') throw new AuthorizationError('forbidden');
}
