import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hasPermission } from '@/lib/auth/permissions';
import { invitationScope, type ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, DomainError, NotFoundError } from '@/lib/errors';
import { forgetMailLinkTokens } from '@/lib/mail/mail-link-token';

/**
 * Revokes an invitation that has not been accepted: applicants their own organisation's
 * (/organisation), administrators any — staff invitations on /admin/users (`invitationScope`; an
 * id outside it is not found). The link then answers „zurückgenommen“. Conditional UPDATE: an
 * invitation accepted a moment earlier stays accepted (`invitationUsed`). Revoking a revoked one
 * changes nothing. Audit event `invitation.revoked`.
 */
export async function revokeInvitation({ actor, invitationId, now = new Date() }: { actor: ScopeActor; invitationId: string; now?: Date }): Promise<{ email: string }> {
  if (!hasPermission(actor.role, 'organisation:manage') && !hasPermission(actor.role, 'users:manage')) throw new AuthorizationError('forbidden');
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { AND: [{ id: invitationId }, invitationScope(actor)] },
      select: { id: true, email: true, role: true, organisationId: true, acceptedAt: true, revokedAt: true, tokenHash: true },
    });
    if (!invitation) throw new NotFoundError('Invitation');
    if (invitation.acceptedAt) throw new DomainError('invitationUsed');
    if (invitation.revokedAt) return { email: invitation.email };
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now, revokedById: actor.id },
    });
    if (count !== 1) throw new DomainError('invitationUsed');
    await forgetMailLinkTokens({ db: tx, tokenHashes: [invitation.tokenHash] });
    await recordAuditEvent({
      db: tx,
      actorId: actor.id,
      action: 'invitation.revoked',
      subjectType: 'Invitation',
      subjectId: invitation.id,
      details: { email: invitation.email, role: invitation.role, organisationId: invitation.organisationId },
    });
    return { email: invitation.email };
  });
}
