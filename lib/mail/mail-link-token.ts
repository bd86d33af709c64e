import type { DbOrTx } from '@/lib/db/types';

/**
 * Link tokens in the mail log (ADR 024). A mail with a single-use link (e-mail confirmation,
 * invitation, password reset) is stored with LINK_TOKEN_MARKER where the token is; the token
 * itself waits in `Mail.linkToken` until it is no longer needed — the mail was sent (SMTP
 * accepted it), the link was used, revoked or replaced, or it expired — and is then forgotten.
 * The stored body never holds a token: a dump of the mail log, the privacy export or an
 * administrator reading the table finds no link that still works.
 */
export const LINK_TOKEN_MARKER = 'token-removed';

/** What a mail's link carries until the mail is sent: the token, its hash and when it expires. */
export type MailLinkToken = { token: string; tokenHash: string; expiresAt: Date };

/** The stored body: every occurrence of the token replaced by the marker. */
export function bodyWithoutToken(body: string, token: string): string {
  return token ? body.split(token).join(LINK_TOKEN_MARKER) : body;
}

/** The body as it goes out (SMTP) or shows in /dev/mail while the link is live: the marker replaced by the token. */
export function bodyWithToken(body: string, token: string | null): string {
  return token ? body.split(LINK_TOKEN_MARKER).join(token) : body;
}

/**
 * Forgets the tokens of mails whose links were used, revoked or replaced (`tokenHashes`: the
 * SHA-256 stored in UserToken/Invitation), inside the caller's transaction. Returns how many.
 */
export async function forgetMailLinkTokens({ db, tokenHashes }: { db: DbOrTx; tokenHashes: readonly string[] }): Promise<number> {
  if (tokenHashes.length === 0) return 0;
  const { count } = await db.mail.updateMany({
    where: { linkTokenHash: { in: [...tokenHashes] }, linkToken: { not: null } },
    data: { linkToken: null },
  });
  return count;
}

/** Forgets the tokens of expired links (the mail sweep, every minute). Returns how many. */
export async function forgetExpiredMailLinkTokens({ db, now = new Date() }: { db: DbOrTx; now?: Date }): Promise<number> {
  const { count } = await db.mail.updateMany({
    where: { linkToken: { not: null }, linkExpiresAt: { lte: now } },
    data: { linkToken: null },
  });
  return count;
}
