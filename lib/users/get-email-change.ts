import { db } from '@/lib/db';
import { hashToken } from '@/lib/tokens/link-token';

export type EmailChangeView = { status: 'valid'; newEmail: string } | { status: 'expired' | 'used' | 'unknown' };

/**
 * What /account/email/confirm?token=… shows before anything changes: the new address, or why the
 * link cannot be used. Reading never uses the token up (mail scanners open links: the change
 * happens only on the page's button, lib/users/confirm-email-change.ts).
 */
export async function getEmailChange({ token, now = new Date() }: { token: string; now?: Date }): Promise<EmailChangeView> {
  if (!token || token.length > 200) return { status: 'unknown' };
  const row = await db.userToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, newEmail: true, expiresAt: true, usedAt: true, user: { select: { disabledAt: true } } },
  });
  if (!row || row.purpose !== 'EMAIL_CHANGE' || !row.newEmail || row.user.disabledAt) return { status: 'unknown' };
  if (row.usedAt) return { status: 'used' };
  if (row.expiresAt <= now) return { status: 'expired' };
  return { status: 'valid', newEmail: row.newEmail };
}
