import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { createDraftRevision } from '@/lib/assessments/create-draft-revision';
import { findAssessmentForActor } from '@/lib/assessments/find-assessment-for-actor';
import { transitionAssessment } from '@/lib/assessments/transition-assessment';
import type { ScopeActor } from '@/lib/auth/scope';

/** After „Zurückziehen“: back to DRAFT with a new draft revision copied from the withdrawn one. */
export async function reopenAssessment({ projectId, actor }: { projectId: string; actor: ScopeActor }) {
  return db.$transaction(async (tx) => {
    const { assessmentId } = await findAssessmentForActor({ db: tx, projectId, actor });
    await transitionAssessment({ tx, assessmentId, event: 'reopen', actorId: actor.id });
    const revision = await createDraftRevision({ tx, assessmentId, actorId: actor.id });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'revision.created',
      subjectType: 'Revision',
      subjectId: revision.id,
      details: { number: revision.number, reason: 'reopen' },
    });
    return revision;
  });
}
