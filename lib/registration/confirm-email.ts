import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hashToken } from '@/lib/tokens/link-token';

type ConfirmEmailResult = 'confirmed' | 'expired' | 'used' | 'unknown';

/**
 * Confirms an e-mail address with the token from the confirmation mail: sets emailConfirmedAt and
 * marks the token used, once. Expired, used and unknown tokens change nothing.
 */
export async function confirmEmail({ token, now = new Date() }: { token: string; now?: Date }): Promise<ConfirmEmailResult> {
  if (!token || token.length > 200) return 'unknown';
  return db.$transaction(async (tx) => {
    const row = await tx.userToken.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { id: true, userId: true, purpose: true, expiresAt: true, usedAt: true },
    });
    if (!row || row.purpose !== 'EMAIL_CONFIRMATION') return 'unknown';
    if (row.usedAt) return 'used';
    if (row.expiresAt <= now) return 'expired';
    // Single use, also against a concurrent click on the same link.
    const used = await tx.userToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (used.count !== 1) return 'used';
    await tx.user.updateMany({ where: { id: row.userId, emailConfirmedAt: null }, data: { emailConfirmedAt: now } });
    await recordAuditEvent({ db: tx, actorId: row.userId, action: 'user.email-confirmed', subjectType: 'User', subjectId: row.userId });
    return 'confirmed';
  });
}
