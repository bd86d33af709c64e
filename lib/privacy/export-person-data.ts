import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hasPermission } from '@/lib/auth/permissions';
import type { ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, NotFoundError } from '@/lib/errors';

/** Keys that never leave the database, wherever they appear (an audit event's details, say). */
const INTERNAL_KEYS = new Set(['passwordHash', 'tokenHash', 'storageKey']);

/** A JSON value without INTERNAL_KEYS, at any depth. */
function withoutInternalKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutInternalKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !INTERNAL_KEYS.has(key)).map(([key, inner]) => [key, withoutInternalKeys(inner)]));
  }
  return value;
}

/** Identifies the file's layout; raise `version` when its shape changes. */
export const PERSON_EXPORT_FORMAT = { format: 'standards-portal/person-data', version: 1 } as const;

/**
 * Art. 15 DSGVO: everything the portal holds about one person, as one JSON-ready object — the
 * account (never the password hash, never a token's hash), the organisation, projects they
 * created, answers they last edited, comments they wrote, verdicts, decisions and four-eyes
 * proposals they made or resolved, revisions they submitted, self-assessments assigned to them,
 * evidence they added and the versions they uploaded (metadata: name, type, size, SHA-256 — no
 * file bytes, no storage key), invitations they sent (without the invitee's address: someone
 * else's data) or received, their notifications, the mails sent to them (subject, status,
 * dates), the sign-in attempts for their address, catalogue versions they published, settings
 * they changed last, and every audit event where they are the actor or the subject (without
 * internal keys such as an evidence file's storage key). Every query is filtered by the person's
 * id or address: nobody else's rows.
 *
 * Who may: the person themselves (`account:read`), and administrators for anyone
 * (`privacy:manage`); anyone else is told the person does not exist (NotFoundError, 404). All
 * reads run in one repeatable-read transaction (one consistent picture) with the audit event
 * `privacy.exported` (who exported whom; no contents).
 */
export async function exportPersonData({ actor, userId, now = new Date() }: { actor: ScopeActor; userId: string; now?: Date }) {
  const self = actor.id === userId;
  if (self ? !hasPermission(actor.role, 'account:read') : !hasPermission(actor.role, 'privacy:manage')) {
    if (self) throw new AuthorizationError('forbidden');
    throw new NotFoundError('User');
  }
  return db.$transaction(
    async (tx) => {
      const account = await tx.user.findUnique({
        where: { id: userId },
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          locale: true,
          mailOptOut: true,
          emailConfirmedAt: true,
          disabledAt: true,
          erasedAt: true,
          createdAt: true,
          updatedAt: true,
          organisation: { select: { id: true, name: true, legalForm: true, street: true, postalCode: true, city: true, createdAt: true } },
        },
      });
      if (!account) throw new NotFoundError('User');
      const { organisation, ...user } = account;
      const email = account.email;

      const [
        tokens,
        projectsCreated,
        answers,
        comments,
        verdicts,
        decisions,
        proposals,
        revisionsSubmitted,
        assignedAssessments,
        evidence,
        evidenceVersions,
        invitationsSent,
        invitationsReceived,
        notifications,
        mails,
        loginAttempts,
        cataloguePublished,
        settingsChanged,
        auditEvents,
      ] = await Promise.all([
        tx.userToken.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, select: { purpose: true, createdAt: true, expiresAt: true, usedAt: true } }),
        tx.project.findMany({ where: { createdById: userId }, orderBy: { createdAt: 'asc' }, select: { id: true, title: true, organisationId: true, createdAt: true } }),
        tx.answer.findMany({
          where: { updatedById: userId },
          orderBy: [{ revisionId: 'asc' }, { standardKey: 'asc' }],
          select: {
            id: true,
            standardKey: true,
            status: true,
            implementation: true,
            plannedMeasures: true,
            targetDate: true,
            partners: true,
            version: true,
            updatedAt: true,
            revision: { select: { id: true, number: true, status: true, assessment: { select: { projectId: true } } } },
          },
        }),
        tx.comment.findMany({
          where: { authorId: userId },
          orderBy: { createdAt: 'asc' },
          select: {
            id: true,
            assessmentId: true,
            standardKey: true,
            body: true,
            internal: true,
            createdAt: true,
            editedAt: true,
            retractedAt: true,
            revision: { select: { number: true } },
          },
        }),
        tx.standardVerdict.findMany({ where: { officerId: userId }, orderBy: { updatedAt: 'asc' }, select: { revisionId: true, standardKey: true, verdict: true, updatedAt: true } }),
        tx.decision.findMany({
          where: { OR: [{ decidedById: userId }, { confirmedById: userId }] },
          orderBy: { decidedAt: 'asc' },
          select: { id: true, revisionId: true, kind: true, reason: true, dueDate: true, decidedAt: true, decidedById: true, confirmedById: true },
        }),
        tx.decisionProposal.findMany({
          where: { OR: [{ proposedById: userId }, { resolvedById: userId }] },
          orderBy: { proposedAt: 'asc' },
          select: { id: true, revisionId: true, kind: true, reason: true, proposedAt: true, proposedById: true, resolution: true, resolvedAt: true, resolvedById: true, returnNote: true },
        }),
        tx.revision.findMany({ where: { submittedById: userId }, orderBy: { submittedAt: 'asc' }, select: { id: true, assessmentId: true, number: true, submittedAt: true, withdrawnAt: true } }),
        tx.assessment.findMany({ where: { assignedToId: userId }, orderBy: { assignedAt: 'asc' }, select: { id: true, projectId: true, status: true, assignedAt: true } }),
        tx.evidence.findMany({
          where: { createdById: userId },
          orderBy: { createdAt: 'asc' },
          select: { id: true, projectId: true, kind: true, standardKey: true, companyId: true, title: true, createdAt: true, removedAt: true },
        }),
        tx.evidenceVersion.findMany({
          where: { uploadedById: userId },
          orderBy: { uploadedAt: 'asc' },
          select: { id: true, evidenceId: true, number: true, fileName: true, mediaType: true, size: true, sha256: true, url: true, uploadedAt: true },
        }),
        tx.invitation.findMany({
          where: { invitedById: userId },
          orderBy: { createdAt: 'asc' },
          select: { id: true, organisationId: true, createdAt: true, expiresAt: true, acceptedAt: true },
        }),
        tx.invitation.findMany({
          where: { OR: [{ email }, { acceptedById: userId }] },
          orderBy: { createdAt: 'asc' },
          select: { id: true, organisationId: true, email: true, createdAt: true, expiresAt: true, acceptedAt: true },
        }),
        tx.notification.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, select: { id: true, kind: true, assessmentId: true, data: true, createdAt: true, readAt: true } }),
        tx.mail.findMany({ where: { to: email }, orderBy: { createdAt: 'asc' }, select: { id: true, subject: true, status: true, attempts: true, createdAt: true, sentAt: true } }),
        tx.loginAttempt.findMany({ where: { email }, orderBy: { at: 'asc' }, select: { at: true, succeeded: true } }),
        tx.catalogueVersion.findMany({ where: { publishedById: userId }, orderBy: { number: 'asc' }, select: { number: true, title: true, publishedAt: true, changeNote: true } }),
        tx.setting.findMany({ where: { updatedById: userId }, orderBy: { key: 'asc' }, select: { key: true, value: true, updatedAt: true } }),
        tx.auditEvent.findMany({
          where: { OR: [{ actorId: userId }, { subjectType: 'User', subjectId: userId }] },
          orderBy: [{ at: 'asc' }, { id: 'asc' }],
          select: { id: true, at: true, actorId: true, action: true, subjectType: true, subjectId: true, details: true, requestId: true },
        }),
      ]);

      await recordAuditEvent({ db: tx, actorId: actor.id, action: 'privacy.exported', subjectType: 'User', subjectId: userId, details: { self } });

      return {
        ...PERSON_EXPORT_FORMAT,
        exportedAt: now.toISOString(),
        account: { ...user, tokens },
        organisation,
        projectsCreated,
        answers: answers.map(({ revision, ...answer }) => ({
          ...answer,
          targetDate: answer.targetDate?.toISOString().slice(0, 10) ?? null,
          projectId: revision.assessment.projectId,
          revisionId: revision.id,
          revisionNumber: revision.number,
          revisionStatus: revision.status,
        })),
        comments: comments.map(({ revision, ...comment }) => ({ ...comment, revisionNumber: revision.number })),
        verdicts,
        decisions: decisions.map(({ decidedById, confirmedById, ...decision }) => ({
          ...decision,
          dueDate: decision.dueDate?.toISOString().slice(0, 10) ?? null,
          decided: decidedById === userId,
          confirmed: confirmedById === userId,
        })),
        proposals: proposals.map(({ proposedById, resolvedById, ...proposal }) => ({
          ...proposal,
          proposed: proposedById === userId,
          resolved: resolvedById === userId,
        })),
        revisionsSubmitted,
        assignedAssessments,
        evidence,
        evidenceVersions,
        invitationsSent,
        invitationsReceived,
        notifications,
        mails,
        loginAttempts,
        cataloguePublished,
        settingsChanged,
        auditEvents: auditEvents.map((event) => ({ ...event, details: withoutInternalKeys(event.details) })),
      };
    },
    { isolationLevel: 'RepeatableRead' },
  );
}

export type PersonDataExport = Awaited<ReturnType<typeof exportPersonData>>;
