import { db } from '@/lib/db';
import { hashToken } from '@/lib/tokens/link-token';

export type InvitationView =
  /** An applicant's invitation to join their organisation (/register with the person's fields). */
  | { status: 'valid'; role: 'APPLICANT'; organisationName: string; email: string }
  /** An administrator's invitation to a staff account (/register: name and password only). */
  | { status: 'valid'; role: 'OFFICER' | 'ADMIN'; organisationName: null; email: string }
  | { status: 'expired' | 'used' | 'revoked' | 'unknown' };

/** What /register?invitation=… shows: who invites to what, or why the link is not usable. */
export async function getInvitation({ token, now = new Date() }: { token: string; now?: Date }): Promise<InvitationView> {
  if (!token || token.length > 200) return { status: 'unknown' };
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, organisation: { select: { name: true } } },
  });
  if (!invitation) return { status: 'unknown' };
  if (invitation.acceptedAt) return { status: 'used' };
  if (invitation.revokedAt) return { status: 'revoked' };
  if (invitation.expiresAt <= now) return { status: 'expired' };
  if (invitation.role === 'APPLICANT') {
    if (!invitation.organisation) return { status: 'unknown' };
    return { status: 'valid', role: 'APPLICANT', organisationName: invitation.organisation.name, email: invitation.email };
  }
  return { status: 'valid', role: invitation.role, organisationName: null, email: invitation.email };
}
