/**
 * The one place that answers "which rows may this user see". Every query that lists or loads
 * rows on behalf of a user adds the matching filter, so a forged id of another organisation
 * finds nothing (404), never data.
 */
import { Prisma } from '@/lib/generated/prisma/client';
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

/**
 * Self-assessments in review: officers see every one submitted at least once (a later draft, e.g.
 * after „Zurückziehen“, does not hide it: its latest submitted revision stays); nobody else.
 */
export function assessmentScope(actor: ScopeActor): Prisma.AssessmentWhereInput {
  return actor.role === 'OFFICER' ? { revisions: { some: { status: 'SUBMITTED' } } } : NOTHING;
}

/**
 * The same as `assessmentScope`, as a SQL condition on the assessment aliased `alias` (the review
 * queue is one raw statement: lib/review/list-review-queue.ts).
 */
export function assessmentScopeSql(actor: ScopeActor, alias: string): Prisma.Sql {
  return actor.role === 'OFFICER' ? submittedOnceSql(alias) : Prisma.sql`FALSE`;
}

/** The assessment aliased `alias` has a submitted revision. */
function submittedOnceSql(alias: string): Prisma.Sql {
  const assessment = Prisma.raw(`"${alias.replace(/"/g, '')}"`);
  return Prisma.sql`EXISTS (SELECT 1 FROM "Revision" scope_r WHERE scope_r."assessmentId" = ${assessment}."id" AND scope_r."status" = 'SUBMITTED')`;
}

/**
 * Self-assessments an actor may export (`assessments:export`, lib/export/export-assessments.ts):
 * officers and administrators, every one submitted at least once — the review queue's set, for
 * administrators too, who have no queue. Applicants none (they export their own project).
 */
export function exportableAssessmentScopeSql(actor: ScopeActor, alias: string): Prisma.Sql {
  return actor.role === 'APPLICANT' ? Prisma.sql`FALSE` : submittedOnceSql(alias);
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

/**
 * Which revisions of a visible self-assessment an actor may see: applicants every revision of
 * their organisation's (drafts included); officers only submitted ones — never a draft in
 * progress, not even after „Zurückziehen“ and „Neue Fassung bearbeiten“.
 */
export function revisionScope(actor: ScopeActor): Prisma.RevisionWhereInput {
  return actor.role === 'APPLICANT' ? {} : { status: 'SUBMITTED' };
}

/**
 * Which comments an actor may read: officers all, applicants none of the internal notes
 * („Interne Notiz“). Every query that loads comments, or audit events about them, for an actor
 * goes through this filter, so no page, export, payload or mail can carry an internal note to an
 * applicant.
 */
export function commentScope(actor: ScopeActor): Prisma.CommentWhereInput {
  return actor.role === 'APPLICANT' ? { internal: false } : {};
}

/** A self-assessment by id, if the actor may see its project. */
export function visibleAssessment(actor: ScopeActor, assessmentId: string): Prisma.AssessmentWhereInput {
  return { id: assessmentId, project: projectScope(actor) };
}

/** The notifications a user may see and mark: only their own. */
export function notificationScope(actor: ScopeActor): Prisma.NotificationWhereInput {
  return { userId: actor.id };
}

/**
 * Which invitations an actor may see and revoke: applicants their own organisation's;
 * administrators every one (staff invitations have no organisation); officers none.
 */
export function invitationScope(actor: ScopeActor): Prisma.InvitationWhereInput {
  switch (actor.role) {
    case 'APPLICANT':
      return actor.organisationId ? { organisationId: actor.organisationId } : NOTHING;
    case 'OFFICER':
      return NOTHING;
    case 'ADMIN':
      return {};
  }
}

/**
 * Self-assessments counted in the programme figures and the heatmap (/review/dashboard,
 * `insight:read`): for officers and administrators every one submitted at least once — they
 * see aggregates of submitted revisions only, never a draft; nobody else. A SQL condition on the
 * assessment aliased `alias` (lib/insight/ is raw aggregate SQL).
 */
export function insightScopeSql(actor: ScopeActor, alias: string): Prisma.Sql {
  if (actor.role !== 'OFFICER' && actor.role !== 'ADMIN') return Prisma.sql`FALSE`;
  const assessment = Prisma.raw(`"${alias.replace(/"/g, '')}"`);
  return Prisma.sql`EXISTS (SELECT 1 FROM "Revision" scope_r WHERE scope_r."assessmentId" = ${assessment}."id" AND scope_r."status" = 'SUBMITTED')`;
}
