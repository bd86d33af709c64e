import nodemailer from 'nodemailer';
import { db } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { bodyWithToken } from '@/lib/mail/mail-link-token';
import { MAIL_CLAIM_LEASE_MS, MAIL_MAX_ATTEMPTS, MAIL_RETRY_BASE_MS, nextAttemptAfterFailure } from '@/lib/mail/mail-retry';

export type MailTransportSettings = { smtpUrl: string | undefined; from: string };

/** What became of one delivery: sent, failed (with the next attempt, or null: given up), or nothing to do. */
export type DeliveryOutcome = { status: 'SENT' } | { status: 'FAILED'; nextAttemptAt: Date | null } | { status: 'SKIPPED' };

const TIMEOUT_MS = 10_000;

export function mailSettingsFromEnv(): MailTransportSettings {
  const env = getEnv();
  return { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM };
}

/**
 * Sends one stored mail through SMTP, after the transaction that stored it has committed
 * (the outbox worker calls it, lib/mail/mail-outbox.ts). Without SMTP_URL nothing happens: the
 * row stays QUEUED (the mail log). The mail is claimed first (its next attempt pushed ahead by a
 * lease, only if it is due and not sent), so two workers never send it at the same time. Never
 * throws: an SMTP failure is recorded on the row (FAILED, attempts, lastError and when the next
 * attempt is due, with exponential backoff; none after the last attempt). A mail with a
 * single-use link goes out with its token (`Mail.linkToken`), which is forgotten once the SMTP
 * server accepted the mail (ADR 024).
 */
export async function deliverMail({
  id,
  settings,
  retryBaseMs = MAIL_RETRY_BASE_MS,
  maxAttempts = MAIL_MAX_ATTEMPTS,
}: {
  id: string;
  /** Defaults to SMTP_URL and MAIL_FROM (lib/env.ts). */
  settings?: MailTransportSettings;
  retryBaseMs?: number;
  maxAttempts?: number;
}): Promise<DeliveryOutcome> {
  try {
    const { smtpUrl, from } = settings ?? mailSettingsFromEnv();
    if (!smtpUrl) return { status: 'SKIPPED' };
    const now = new Date();
    const claimed = await db.mail.updateMany({
      where: { id, status: { not: 'SENT' }, nextAttemptAt: { lte: now } },
      data: { nextAttemptAt: new Date(now.getTime() + MAIL_CLAIM_LEASE_MS) },
    });
    if (claimed.count === 0) return { status: 'SKIPPED' };
    const mail = await db.mail.findUniqueOrThrow({ where: { id }, select: { to: true, subject: true, body: true, linkToken: true, attempts: true } });
    try {
      const transport = nodemailer.createTransport({
        url: smtpUrl,
        connectionTimeout: TIMEOUT_MS,
        greetingTimeout: TIMEOUT_MS,
        socketTimeout: TIMEOUT_MS,
      });
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: bodyWithToken(mail.body, mail.linkToken) });
      transport.close();
      await db.mail.update({
        where: { id },
        data: { status: 'SENT', sentAt: new Date(), attempts: mail.attempts + 1, lastError: null, nextAttemptAt: null, linkToken: null },
        select: { id: true },
      });
      return { status: 'SENT' };
    } catch (error) {
      const attempts = mail.attempts + 1;
      const nextAttemptAt = nextAttemptAfterFailure({ attempts, now: new Date(), baseMs: retryBaseMs, maxAttempts });
      await db.mail.update({
        where: { id },
        data: { status: 'FAILED', attempts, lastError: describe(error), nextAttemptAt },
        select: { id: true },
      });
      if (!nextAttemptAt) console.error(`[mail] ${id} given up after ${attempts} attempts: ${describe(error)}`);
      return { status: 'FAILED', nextAttemptAt };
    }
  } catch (error) {
    // The database itself failed while recording the attempt: log it, never break the caller.
    console.error(`[mail] delivery of ${id} could not be recorded: ${describe(error)}`);
    return { status: 'SKIPPED' };
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 1000);
}
