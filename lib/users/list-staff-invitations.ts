import { db } from '@/lib/db';
import { hasPermission } from '@/lib/auth/permissions';
import { invitationScope, type ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError } from '@/lib/errors';

/**
 * /admin/users „Offene Einladungen“: staff invitations not accepted, revoked or expired, newest
 * first, with the inviting administrator's name (two statements).
 */
export async function listStaffInvitations({ actor, now = new Date() }: { actor: ScopeActor; now?: Date }) {
  if (!hasPermission(actor.role, 'users:manage')) throw new AuthorizationError('forbidden');
  const invitations = await db.invitation.findMany({
    where: { AND: [invitationScope(actor), { organisationId: null, role: { in: ['OFFICER', 'ADMIN'] }, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } }] },
    orderBy: { createdAt: 'desc' },
    take: 200,
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true, invitedById: true },
  });
  const inviterIds = [...new Set(invitations.map((invitation) => invitation.invitedById))];
  const inviters = inviterIds.length === 0 ? [] : await db.user.findMany({ where: { id: { in: inviterIds } }, select: { id: true, name: true } });
  const names = new Map(inviters.map((inviter) => [inviter.id, inviter.name]));
  return invitations.map(({ invitedById, ...invitation }) => ({ ...invitation, invitedBy: names.get(invitedById) ?? null }));
}
