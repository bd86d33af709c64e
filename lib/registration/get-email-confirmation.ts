import { db } from '@/lib/db';
import { hashToken } from '@/lib/tokens/link-token';
import { unconfirmedAccountCutoff } from '@/lib/registration/unconfirmed-account-expiry';

export type EmailConfirmationView =
  /** The registration the button confirms: the address, and the name and organisation given with it. */
  | { status: 'valid'; email: string; name: string; organisationName: string | null }
  | { status: 'expired' | 'used' | 'unknown' };

/**
 * What /register/confirm?token=… shows, without changing anything (opening the link never
 * confirms: ADR 024): the registration the button would confirm — so the owner of the address
 * sees whose registration it is before confirming it — or why the link is not usable.
 */
export async function getEmailConfirmation({ token, now = new Date() }: { token: string; now?: Date }): Promise<EmailConfirmationView> {
  if (!token || token.length > 200) return { status: 'unknown' };
  const row = await db.userToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      purpose: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { email: true, name: true, createdAt: true, organisation: { select: { name: true } } } },
    },
  });
  if (!row || row.purpose !== 'EMAIL_CONFIRMATION') return { status: 'unknown' };
  if (row.usedAt) return { status: 'used' };
  if (row.expiresAt <= now || row.user.createdAt < (await unconfirmedAccountCutoff({ db, now }))) return { status: 'expired' };
  return { status: 'valid', email: row.user.email, name: row.user.name, organisationName: row.user.organisation?.name ?? null };
}
