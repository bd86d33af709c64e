import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { hashPassword } from '@/lib/auth/password';
import { DomainError } from '@/lib/errors';
import { forgetMailLinkTokens } from '@/lib/mail/mail-link-token';
import { hashToken } from '@/lib/tokens/link-token';
import { resetPasswordSchema } from '@/lib/users/reset-password-schema';

/**
 * Sets a new password with the token from a reset mail (lib/users/issue-password-reset.ts). The
 * token must be a PASSWORD_RESET token of an enabled account, unused and unexpired
 * (`resetLinkUnknown|Used|Expired`); it is used up with a conditional UPDATE, so of two
 * submissions of the same link exactly one succeeds. The password rules are checked against the
 * account's own address (whatever the form sent). In one transaction: the new Argon2id hash, the
 * e-mail address counted as confirmed (the link reached it), every other unused reset link of the
 * account deleted, the session version raised — every session of the account ends, wherever it
 * was opened (ADR 022) — and the audit event `user.password-reset`.
 */
export async function resetPassword({ token, input, now = new Date() }: { token: string; input: unknown; now?: Date }): Promise<{ email: string }> {
  if (typeof token !== 'string' || !token || token.length > 200) throw new DomainError('resetLinkUnknown');
  const tokenHash = hashToken(token);
  const row = await db.userToken.findUnique({
    where: { tokenHash },
    select: { id: true, purpose: true, expiresAt: true, usedAt: true, user: { select: { id: true, email: true, disabledAt: true } } },
  });
  if (!row || row.purpose !== 'PASSWORD_RESET' || row.user.disabledAt) throw new DomainError('resetLinkUnknown');
  if (row.usedAt) throw new DomainError('resetLinkUsed');
  if (row.expiresAt <= now) throw new DomainError('resetLinkExpired');
  const fields = typeof input === 'object' && input !== null ? input : {};
  const data = resetPasswordSchema.parse({ ...fields, email: row.user.email });
  const passwordHash = await hashPassword(data.password);
  const user = row.user;

  return db.$transaction(async (tx) => {
    // Single use, also against a second submission of the same link at the same moment.
    const used = await tx.userToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (used.count !== 1) throw new DomainError('resetLinkUsed');
    // A new password ends every session of the account (ADR 022).
    const changed = await tx.user.updateMany({ where: { id: user.id, disabledAt: null }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    if (changed.count !== 1) throw new DomainError('resetLinkUnknown');
    await tx.user.updateMany({ where: { id: user.id, emailConfirmedAt: null }, data: { emailConfirmedAt: now } });
    const others = await tx.userToken.findMany({ where: { userId: user.id, purpose: 'PASSWORD_RESET', usedAt: null }, select: { tokenHash: true } });
    await forgetMailLinkTokens({ db: tx, tokenHashes: [tokenHash, ...others.map((other) => other.tokenHash)] });
    await tx.userToken.deleteMany({ where: { userId: user.id, purpose: 'PASSWORD_RESET', usedAt: null } });
    await recordAuditEvent({ db: tx, actorId: user.id, action: 'user.password-reset', subjectType: 'User', subjectId: user.id });
    return { email: user.email };
  });
}
