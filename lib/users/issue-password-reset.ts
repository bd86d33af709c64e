import type { Tx } from '@/lib/db/types';
import { mailText } from '@/lib/mail/mail-text';
import { forgetMailLinkTokens } from '@/lib/mail/mail-link-token';
import { sendMail, type QueuedMail } from '@/lib/mail/send-mail';
import { PASSWORD_RESET_TTL_HOURS, PASSWORD_RESET_TTL_MS, portalLink } from '@/lib/registration/constants';
import { generateToken } from '@/lib/tokens/link-token';

/**
 * Inside the caller's transaction: a new single-use PASSWORD_RESET token for `user` (only its
 * SHA-256 stored, valid PASSWORD_RESET_TTL_HOURS), replacing any unused earlier one (only the
 * newest link works), and the mail with `${baseUrl}/password/reset?token=…` in the user's
 * language. The caller records its audit event and delivers the mail after the commit. Used by
 * the administrators' „Link zum Zurücksetzen senden“ (send-password-reset-link.ts) and by
 * „Passwort vergessen?“ (request-password-reset.ts); lib/users/reset-password.ts consumes the token.
 */
export async function issuePasswordReset({
  tx,
  user,
  baseUrl,
  now = new Date(),
}: {
  tx: Tx;
  user: { id: string; email: string; name: string; locale: string | null };
  baseUrl: string;
  now?: Date;
}): Promise<{ mail: QueuedMail; expiresAt: Date }> {
  const replaced = await tx.userToken.findMany({ where: { userId: user.id, purpose: 'PASSWORD_RESET', usedAt: null }, select: { tokenHash: true } });
  await forgetMailLinkTokens({ db: tx, tokenHashes: replaced.map((row) => row.tokenHash) });
  await tx.userToken.deleteMany({ where: { userId: user.id, purpose: 'PASSWORD_RESET', usedAt: null } });
  const { token, tokenHash } = generateToken();
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_MS);
  await tx.userToken.create({
    data: { userId: user.id, purpose: 'PASSWORD_RESET', tokenHash, expiresAt, createdAt: now },
    select: { id: true },
  });
  const link = portalLink(baseUrl, '/password/reset', { token });
  const text = mailText({ locale: user.locale, template: 'passwordReset', values: { name: user.name, link, hours: PASSWORD_RESET_TTL_HOURS } });
  const mail = await sendMail({ tx, to: user.email, locale: user.locale, ...text, link: { token, tokenHash, expiresAt } });
  return { mail, expiresAt };
}
