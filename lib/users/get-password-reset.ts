import { db } from '@/lib/db';
import { hashToken } from '@/lib/tokens/link-token';

export type PasswordResetView = { status: 'valid'; email: string } | { status: 'expired' | 'used' | 'unknown' };

/**
 * What /password/reset?token=… shows before anything changes: the account's address, or why the
 * link cannot be used. A token of a disabled account counts as unknown. Reading never uses the token up.
 */
export async function getPasswordReset({ token, now = new Date() }: { token: string; now?: Date }): Promise<PasswordResetView> {
  if (!token || token.length > 200) return { status: 'unknown' };
  const row = await db.userToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, expiresAt: true, usedAt: true, user: { select: { email: true, disabledAt: true } } },
  });
  if (!row || row.purpose !== 'PASSWORD_RESET' || row.user.disabledAt) return { status: 'unknown' };
  if (row.usedAt) return { status: 'used' };
  if (row.expiresAt <= now) return { status: 'expired' };
  return { status: 'valid', email: row.user.email };
}
