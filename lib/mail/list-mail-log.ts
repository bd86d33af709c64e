import { db } from '@/lib/db';
import { bodyWithToken } from '@/lib/mail/mail-link-token';

export const MAIL_LOG_LIMIT = 100;

export type MailLogEntry = {
  id: string;
  to: string;
  subject: string;
  /** The body as the recipient reads it while its link is live; otherwise with the token's marker. */
  body: string;
  /** `live`: the link works (shown as a link); `removed`: used, revoked, replaced, expired or sent — its token is gone. */
  link: 'live' | 'removed' | null;
  status: 'QUEUED' | 'SENT' | 'FAILED';
  createdAt: Date;
  sentAt: Date | null;
  lastError: string | null;
};

/**
 * The mail log (/dev/mail): the newest mails first. A mail's single-use link shows only while it
 * still works — token kept (not yet sent through SMTP), unexpired, and its UserToken or Invitation
 * unused, not revoked and not replaced (ADR 024); otherwise the body keeps the marker.
 */
export async function listMailLog({ limit = MAIL_LOG_LIMIT, now = new Date() }: { limit?: number; now?: Date } = {}): Promise<MailLogEntry[]> {
  const mails = await db.mail.findMany({
    select: {
      id: true,
      to: true,
      subject: true,
      body: true,
      status: true,
      createdAt: true,
      sentAt: true,
      lastError: true,
      linkToken: true,
      linkTokenHash: true,
      linkExpiresAt: true,
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
  });
  const candidates = mails.flatMap((mail) => (mail.linkToken && mail.linkTokenHash && mail.linkExpiresAt && mail.linkExpiresAt > now ? [mail.linkTokenHash] : []));
  const [tokens, invitations] =
    candidates.length === 0
      ? [[], []]
      : await Promise.all([
          db.userToken.findMany({ where: { tokenHash: { in: candidates }, usedAt: null, expiresAt: { gt: now } }, select: { tokenHash: true } }),
          db.invitation.findMany({
            where: { tokenHash: { in: candidates }, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
            select: { tokenHash: true },
          }),
        ]);
  const live = new Set([...tokens, ...invitations].map((row) => row.tokenHash));
  return mails.map(({ linkToken, linkTokenHash, linkExpiresAt: _expiresAt, body, ...mail }) => {
    const isLive = linkTokenHash !== null && live.has(linkTokenHash);
    return {
      ...mail,
      body: isLive ? bodyWithToken(body, linkToken) : body,
      link: linkTokenHash === null ? null : isLive ? 'live' : 'removed',
    };
  });
}
