import nodemailer from 'nodemailer';
import { db } from '@/lib/db';
import { getEnv } from '@/lib/env';

type MailTransportSettings = { smtpUrl: string | undefined; from: string };

const TIMEOUT_MS = 10_000;

function settingsFromEnv(): MailTransportSettings {
  const env = getEnv();
  return { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM };
}

/**
 * Sends one stored mail through SMTP, after the transaction that stored it has committed.
 * Without SMTP_URL nothing happens: the row stays QUEUED (the mail log). Never throws: an SMTP
 * failure is recorded on the row (FAILED, attempts, lastError) and the user's action goes on.
 */
export async function deliverMail({
  id,
  settings,
}: {
  id: string;
  /** Defaults to SMTP_URL and MAIL_FROM (lib/env.ts). */
  settings?: MailTransportSettings;
}): Promise<void> {
  try {
    const { smtpUrl, from } = settings ?? settingsFromEnv();
    if (!smtpUrl) return;
    const mail = await db.mail.findUnique({ where: { id }, select: { to: true, subject: true, body: true, status: true } });
    if (!mail || mail.status === 'SENT') return;
    try {
      const transport = nodemailer.createTransport({
        url: smtpUrl,
        connectionTimeout: TIMEOUT_MS,
        greetingTimeout: TIMEOUT_MS,
        socketTimeout: TIMEOUT_MS,
      });
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.body });
      transport.close();
      await db.mail.update({
        where: { id },
        data: { status: 'SENT', sentAt: new Date(), attempts: { increment: 1 }, lastError: null },
        select: { id: true },
      });
    } catch (error) {
      await db.mail.update({
        where: { id },
        data: { status: 'FAILED', attempts: { increment: 1 }, lastError: describe(error) },
        select: { id: true },
      });
    }
  } catch (error) {
    // The database itself failed while recording the attempt: log it, never break the caller.
    console.error(`[mail] delivery of ${id} could not be recorded: ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 1000);
}
