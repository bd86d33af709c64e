import { db } from '@/lib/db';
import { visibleProject, type ScopeActor } from '@/lib/auth/scope';
import { DISPLAY_NAME_SELECT, displayName } from '@/lib/users/display-name';

/**
 * The newest decision on a project's self-assessment, as the project page shows it (null before any). Scoped like the project.
 * `locale`: the reader's language, for the names of erased people (lib/users/display-name.ts).
 */
export async function getLatestDecision({ actor, projectId, locale }: { actor: ScopeActor; projectId: string; locale?: string }) {
  const decision = await db.decision.findFirst({
    where: { revision: { assessment: { project: visibleProject(actor, projectId) } } },
    orderBy: { decidedAt: 'desc' },
    select: { kind: true, reason: true, dueDate: true, decidedAt: true, decidedById: true, confirmedById: true, revision: { select: { number: true } } },
  });
  if (!decision) return null;
  const people = new Map(
    (await db.user.findMany({ where: { id: { in: [decision.decidedById, decision.confirmedById ?? ''] } }, select: { id: true, ...DISPLAY_NAME_SELECT } })).map((user) => [user.id, displayName(user, locale)]),
  );
  return {
    revisionNumber: decision.revision.number,
    kind: decision.kind,
    reason: decision.reason,
    dueDate: decision.dueDate?.toISOString().slice(0, 10) ?? null,
    decidedAt: decision.decidedAt,
    decidedByName: people.get(decision.decidedById) ?? null,
    confirmedByName: decision.confirmedById ? (people.get(decision.confirmedById) ?? null) : null,
  };
}
