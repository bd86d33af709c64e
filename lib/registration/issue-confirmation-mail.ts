import type { Tx } from '@/lib/db/types';
import { generateToken } from '@/lib/tokens/link-token';
import { sendMail, type QueuedMail } from '@/lib/mail/send-mail';
import { mailText } from '@/lib/mail/mail-text';
import { CONFIRMATION_TOKEN_TTL_MS, portalLink } from '@/lib/registration/constants';

/**
 * Inside the caller's transaction: a new single-use EMAIL_CONFIRMATION token (only its SHA-256
 * stored, valid 24 hours) and the mail with the link `${baseUrl}/register/confirm?token=…` (stored
 * without the token once it is sent, used or expired: lib/mail/mail-link-token.ts).
 */
export async function issueConfirmationMail({
  tx,
  user,
  baseUrl,
  now,
}: {
  tx: Tx;
  user: { id: string; email: string; name: string; locale: string | null };
  baseUrl: string;
  now: Date;
}): Promise<QueuedMail> {
  const { token, tokenHash } = generateToken();
  const expiresAt = new Date(now.getTime() + CONFIRMATION_TOKEN_TTL_MS);
  await tx.userToken.create({
    data: { userId: user.id, purpose: 'EMAIL_CONFIRMATION', tokenHash, expiresAt, createdAt: now },
    select: { id: true },
  });
  const link = portalLink(baseUrl, '/register/confirm', { token });
  const text = mailText({ locale: user.locale, template: 'confirmation', values: { name: user.name, link } });
  return sendMail({ tx, to: user.email, locale: user.locale, ...text, link: { token, tokenHash, expiresAt } });
}
