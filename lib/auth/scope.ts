/**
 * The one place that answers "which rows may this user see". Every query that lists or loads
 * rows on behalf of a user adds the matching filter, so a forged id of another organisation
 * finds nothing (404), never data.
 */
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';

export type ScopeActor = { id: string; role: Role; organisationId: string | null };

/** A filter that matches no row (for actors who may see none). */
const NOTHING = { id: { in: [] as string[] } };

export function organisationScope(actor: ScopeActor): Prisma.OrganisationWhereInput {
  switch (actor.role) {
    case 'APPLICANT':
      return actor.organisationId ? { id: actor.organisationId } : NOTHING;
    case 'OFFICER':
    case 'ADMIN':
      return {};
  }
}

export function userScope(actor: ScopeActor): Prisma.UserWhereInput {
  switch (actor.role) {
    case 'APPLICANT':
      return actor.organisationId
        ? { organisationId: actor.organisationId }
        : { id: actor.id };
    case 'OFFICER':
      return { OR: [{ id: actor.id }, { role: 'OFFICER' }] };
    case 'ADMIN':
      return {};
  }
}

/**
 * Projects: applicants see their organisation's; officers see projects whose self-assessment
 * has been submitted at least once; admins none (they keep catalogue and users).
 */
export function projectScope(actor: ScopeActor): Prisma.ProjectWhereInput {
  switch (actor.role) {
    case 'APPLICANT':
      return actor.organisationId ? { organisationId: actor.organisationId } : NOTHING;
    case 'OFFICER':
      return { assessment: { revisions: { some: { status: 'SUBMITTED' } } } };
    case 'ADMIN':
      return NOTHING;
  }
}

/** One project by id, if the actor may see it (`db.project.findFirst({ where: visibleProject(actor, id) })`). */
export function visibleProject(actor: ScopeActor, projectId: string): Prisma.ProjectWhereInput {
  return { AND: [{ id: projectId }, projectScope(actor)] };
}

/**
 * Which evidence versions an actor may see within a project they may see: applicants all of
 * their organisation's; everyone else only versions referenced by a submitted revision (an
 * officer never sees draft work in progress).
 */
export function evidenceVersionScope(actor: ScopeActor): Prisma.EvidenceVersionWhereInput {
  return actor.role === 'APPLICANT' ? {} : { revisions: { some: { revision: { status: 'SUBMITTED' } } } };
}

/** The notifications a user may see and mark: only their own. */
export function notificationScope(actor: ScopeActor): Prisma.NotificationWhereInput {
  return { userId: actor.id };
}
