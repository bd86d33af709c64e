import { db } from '@/lib/db';
import { organisationScope, userScope, type ScopeActor } from '@/lib/auth/scope';
import { NotFoundError } from '@/lib/errors';

/**
 * /organisation: the actor's organisation (scoped: another one is not found), its applicants (not
 * the erased ones) and its pending invitations (not accepted, revoked or expired).
 */
export async function getOrganisationOverview({ actor, now = new Date() }: { actor: ScopeActor; now?: Date }) {
  if (!actor.organisationId) throw new NotFoundError('Organisation');
  const organisation = await db.organisation.findFirst({
    where: { AND: [organisationScope(actor), { id: actor.organisationId }] },
    select: { id: true, name: true, legalForm: true, street: true, postalCode: true, city: true, updatedAt: true },
  });
  if (!organisation) throw new NotFoundError('Organisation');
  const [members, invitations] = await Promise.all([
    db.user.findMany({
      // An erased person (Art. 17) is no longer a member anyone sees.
      where: { AND: [userScope(actor), { organisationId: organisation.id, role: 'APPLICANT', erasedAt: null }] },
      select: { id: true, name: true, email: true, emailConfirmedAt: true, disabledAt: true },
      orderBy: [{ name: 'asc' }, { email: 'asc' }],
    }),
    db.invitation.findMany({
      where: { organisationId: organisation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true, email: true, expiresAt: true, invitedById: true, createdAt: true },
      orderBy: { createdAt: 'desc' },
    }),
  ]);
  const inviters = new Map(members.map((member) => [member.id, member.name]));
  return {
    organisation,
    members: members.map((member) => ({
      id: member.id,
      name: member.name,
      email: member.email,
      confirmed: member.emailConfirmedAt !== null,
      disabled: member.disabledAt !== null,
    })),
    invitations: invitations.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      expiresAt: invitation.expiresAt,
      invitedBy: inviters.get(invitation.invitedById) ?? null,
    })),
  };
}
