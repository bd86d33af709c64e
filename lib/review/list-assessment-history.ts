import { db } from '@/lib/db';
import type { ScopeActor } from '@/lib/auth/scope';
import { DISPLAY_NAME_SELECT, displayName } from '@/lib/users/display-name';

/** What applicants see of the history: the lifecycle and public comments — never internal notes, handover notes, proposals or verdicts in progress. */
const LIFECYCLE_ACTIONS = [
  'assessment.submit',
  'assessment.withdraw',
  'assessment.reopen',
  'assessment.startReview',
  'assessment.requestChanges',
  'assessment.accept',
  'assessment.reject',
];

const OFFICER_ACTIONS = [...LIFECYCLE_ACTIONS, 'comment.created', 'assessment.assigned', 'decision.proposed', 'decision.confirmed', 'decision.returned'];

export type HistoryEntry = {
  id: string;
  at: Date;
  action: string;
  actorName: string | null;
  revision: number | null;
  internal: boolean;
  /** A handover's or a returned proposal's note (officers only). */
  note: string | null;
};

/**
 * „Verlauf“: the timeline of a self-assessment from its audit events (one indexed query on the
 * subject), newest first. Scoped in the query: for applicants only the lifecycle and public
 * comments — an internal note's event (details.internal) never leaves the database for them.
 * The caller has checked that the actor may see the assessment. `locale`: the reader's language,
 * for the names of erased people (lib/users/display-name.ts).
 */
export async function listAssessmentHistory({
  assessmentId,
  actor,
  locale,
}: {
  assessmentId: string;
  actor: ScopeActor;
  locale?: string;
}): Promise<HistoryEntry[]> {
  const applicant = actor.role === 'APPLICANT';
  const events = await db.auditEvent.findMany({
    where: {
      subjectType: 'Assessment',
      subjectId: assessmentId,
      ...(applicant
        ? // A comment's event only when it says in so many words that the comment is public.
          { OR: [{ action: { in: LIFECYCLE_ACTIONS } }, { action: 'comment.created', details: { path: ['internal'], equals: false } }] }
        : { action: { in: OFFICER_ACTIONS } }),
    },
    orderBy: { at: 'desc' },
    take: 200,
    select: { id: true, at: true, action: true, actorId: true, details: true },
  });
  const actorIds = [...new Set(events.flatMap((event) => (event.actorId ? [event.actorId] : [])))];
  const names = new Map((await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, ...DISPLAY_NAME_SELECT } })).map((user) => [user.id, displayName(user, locale)]));
  return events.map((event) => {
    const details = (event.details ?? {}) as { revision?: unknown; internal?: unknown; note?: unknown };
    return {
      id: event.id,
      at: event.at,
      action: event.action,
      actorName: event.actorId ? (names.get(event.actorId) ?? null) : null,
      revision: typeof details.revision === 'number' ? details.revision : null,
      internal: details.internal === true,
      note: !applicant && typeof details.note === 'string' ? details.note : null,
    };
  });
}
