import { db } from '@/lib/db';
import { findAssessmentForActor } from '@/lib/assessments/find-assessment-for-actor';
import { transitionAssessment } from '@/lib/assessments/transition-assessment';
import type { ScopeActor } from '@/lib/auth/scope';

/**
 * „Zurückziehen“: possible while the submission waits for review (SUBMITTED), refused once an
 * officer started it. The submitted revision stays as it is (immutable); it is only marked
 * withdrawn. Editing again starts a new draft revision (reopenAssessment).
 */
export async function withdrawAssessment({ projectId, actor }: { projectId: string; actor: ScopeActor }) {
  return db.$transaction(async (tx) => {
    const { assessmentId, revision } = await findAssessmentForActor({ db: tx, projectId, actor });
    await transitionAssessment({ tx, assessmentId, event: 'withdraw', actorId: actor.id, details: { revision: revision.number } });
    await tx.revision.update({ where: { id: revision.id }, data: { withdrawnAt: new Date() }, select: { id: true } });
  });
}
