import { db } from '@/lib/db';
import { hashToken } from '@/lib/tokens/link-token';

type InvitationView =
  | { status: 'valid'; organisationName: string; email: string }
  | { status: 'expired' | 'used' | 'unknown' };

/** What /register?invitation=… shows: the inviting organisation, or why the link is not usable. */
export async function getInvitation({ token, now = new Date() }: { token: string; now?: Date }): Promise<InvitationView> {
  if (!token || token.length > 200) return { status: 'unknown' };
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { email: true, expiresAt: true, acceptedAt: true, organisation: { select: { name: true } } },
  });
  if (!invitation) return { status: 'unknown' };
  if (invitation.acceptedAt) return { status: 'used' };
  if (invitation.expiresAt <= now) return { status: 'expired' };
  return { status: 'valid', organisationName: invitation.organisation.name, email: invitation.email };
}
