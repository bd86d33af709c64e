import { db } from '@/lib/db';
import type { Tx } from '@/lib/db/types';
import { requestMailDelivery } from '@/lib/mail/mail-outbox';
import { withContactLine } from '@/lib/mail/mail-text';
import { getSettings } from '@/lib/settings/get-settings';

export type QueuedMail = {
  id: string;
  /** Hands it to the outbox (sent when SMTP_URL is set); call after the transaction committed. Never throws. */
  deliver(): Promise<void>;
};

/**
 * Stores an outgoing plain-text mail in the `Mail` table (the mail log). Inside a transaction
 * (`tx`) the row commits or rolls back with the change that caused it, and the caller delivers
 * it after the commit (`await mail.deliver()`: a job on the outbox queue, or at once where no queue runs, ADR 015);
 * without `tx` it is stored and delivered at once. Missed deliveries are caught by the outbox's sweep.
 * The body gets the operator's contact line (setting `mail.contactAddress`) in `locale`.
 */
export async function sendMail({
  tx,
  to,
  subject,
  body,
  locale,
}: {
  tx?: Tx;
  to: string;
  subject: string;
  body: string;
  /** The recipient's language (the contact line's); German when unknown. */
  locale?: string | null;
}): Promise<QueuedMail> {
  const client = tx ?? db;
  const contactAddress = (await getSettings({ db: client }))['mail.contactAddress'];
  const row = await client.mail.create({
    data: { to, subject, body: withContactLine({ body, locale, contactAddress }) },
    select: { id: true },
  });
  const mail: QueuedMail = { id: row.id, deliver: () => requestMailDelivery({ mailIds: [row.id] }) };
  if (!tx) await mail.deliver();
  return mail;
}
