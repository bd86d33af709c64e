import { db } from '@/lib/db';
import type { Tx } from '@/lib/db/types';
import { requestMailDelivery } from '@/lib/mail/mail-outbox';
import { bodyWithoutToken, type MailLinkToken } from '@/lib/mail/mail-link-token';
import { withContactLine } from '@/lib/mail/mail-text';
import { getSettings } from '@/lib/settings/get-settings';

export type QueuedMail = {
  id: string;
  /**
   * Hands it to the outbox (sent when SMTP_URL is set); call after the transaction committed.
   * Never throws. `background`: never send in this call, also where no job queue runs in this
   * process (the sweep of a process that runs one sends it) — for what a visitor triggers, so
   * that no answer waits for SMTP (ADR 024).
   */
  deliver(options?: { background?: boolean }): Promise<void>;
};

/**
 * Stores an outgoing plain-text mail in the `Mail` table (the mail log). Inside a transaction
 * (`tx`) the row commits or rolls back with the change that caused it, and the caller delivers
 * it after the commit (`await mail.deliver()`: a job on the outbox queue, or at once where no queue runs, ADR 015);
 * without `tx` it is stored and delivered at once. Missed deliveries are caught by the outbox's sweep.
 * The body gets the operator's contact line (setting `mail.contactAddress`) in `locale`.
 * A mail with a single-use link passes `link`: the body is stored without the token, which waits
 * in `Mail.linkToken` until the mail is sent or the link is used, revoked or expired (ADR 024).
 */
export async function sendMail({
  tx,
  to,
  subject,
  body,
  locale,
  link,
}: {
  tx?: Tx;
  to: string;
  subject: string;
  body: string;
  /** The recipient's language (the contact line's); German when unknown. */
  locale?: string | null;
  /** The token of the mail's single-use link (it must occur in `body`). */
  link?: MailLinkToken;
}): Promise<QueuedMail> {
  const client = tx ?? db;
  const contactAddress = (await getSettings({ db: client }))['mail.contactAddress'];
  const row = await client.mail.create({
    data: {
      to,
      subject,
      body: withContactLine({ body: link ? bodyWithoutToken(body, link.token) : body, locale, contactAddress }),
      ...(link ? { linkToken: link.token, linkTokenHash: link.tokenHash, linkExpiresAt: link.expiresAt } : {}),
    },
    select: { id: true },
  });
  const mail: QueuedMail = {
    id: row.id,
    deliver: (options) => requestMailDelivery({ mailIds: [row.id], background: options?.background }),
  };
  if (!tx) await mail.deliver();
  return mail;
}
