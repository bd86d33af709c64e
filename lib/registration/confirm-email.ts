import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { forgetMailLinkTokens } from '@/lib/mail/mail-link-token';
import { hashToken } from '@/lib/tokens/link-token';
import { unconfirmedAccountCutoff } from '@/lib/registration/unconfirmed-account-expiry';

export type ConfirmEmailResult = 'confirmed' | 'expired' | 'used' | 'unknown';

/**
 * Confirms an e-mail address with the token from the confirmation mail: sets emailConfirmedAt and
 * marks the token used, once — only through the button on /register/confirm (a POST), never by
 * opening the link (ADR 024: mail scanners open links). Expired tokens, tokens of an account that
 * expired unconfirmed (lib/registration/unconfirmed-account-expiry.ts), used and unknown tokens
 * change nothing. The mail's copy of the token is forgotten (lib/mail/mail-link-token.ts).
 */
export async function confirmEmail({ token, now = new Date() }: { token: string; now?: Date }): Promise<ConfirmEmailResult> {
  if (typeof token !== 'string' || !token || token.length > 200) return 'unknown';
  const tokenHash = hashToken(token);
  return db.$transaction(async (tx) => {
    const row = await tx.userToken.findUnique({
      where: { tokenHash },
      select: { id: true, userId: true, purpose: true, expiresAt: true, usedAt: true, user: { select: { createdAt: true } } },
    });
    if (!row || row.purpose !== 'EMAIL_CONFIRMATION') return 'unknown';
    if (row.usedAt) return 'used';
    if (row.expiresAt <= now || row.user.createdAt < (await unconfirmedAccountCutoff({ db: tx, now }))) return 'expired';
    // Single use, also against a concurrent click on the same link.
    const used = await tx.userToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (used.count !== 1) return 'used';
    await forgetMailLinkTokens({ db: tx, tokenHashes: [tokenHash] });
    await tx.user.updateMany({ where: { id: row.userId, emailConfirmedAt: null }, data: { emailConfirmedAt: now } });
    await recordAuditEvent({ db: tx, actorId: row.userId, action: 'user.email-confirmed', subjectType: 'User', subjectId: row.userId });
    return 'confirmed';
  });
}
