import { db } from '@/lib/db';
import { JOBS, getJobQueue } from '@/lib/jobs/job-queue';
import { deliverMail, mailSettingsFromEnv, type MailTransportSettings } from '@/lib/mail/deliver-mail';
import { forgetExpiredMailLinkTokens } from '@/lib/mail/mail-link-token';
import { MAIL_MAX_AGE_MS } from '@/lib/mail/mail-retry';

/** Mails the sweep queues at once at most; the rest follow on the next sweep. */
const SWEEP_BATCH = 200;

/**
 * Asks for the delivery of committed mails (call after the transaction that stored them): one
 * `mail-deliver` job per mail on the job queue, at most one waiting per mail (its id is the
 * job's singleton key). `startAfter` delays the first try (notify() cannot know when its
 * caller's transaction commits). Without a running queue in this process (scripts, tests) the
 * mails are delivered here and now, as before the outbox — unless `background` (what a visitor
 * triggers: no answer waits for SMTP, ADR 024) or `startAfter`: then they wait for the sweep.
 * Never throws: a mail whose job could not be queued is found by the next sweep.
 */
export async function requestMailDelivery({
  mailIds,
  startAfter,
  background = false,
}: {
  mailIds: readonly string[];
  startAfter?: Date;
  background?: boolean;
}): Promise<void> {
  if (mailIds.length === 0) return;
  const queue = getJobQueue();
  try {
    if (!queue) {
      if (startAfter || background) return; // Without a worker here: the mails wait for the sweep.
      for (const id of mailIds) await deliverMail({ id });
      return;
    }
    await queue.insert(
      mailIds.map((mailId) => ({
        name: JOBS.mailDeliver,
        data: { mailId },
        singletonKey: mailId,
        ...(startAfter ? { startAfter } : {}),
      })),
    );
  } catch (error) {
    console.error(`[mail] could not queue ${mailIds.length} mail(s), the sweep will: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The outbox's safety net: queues every mail whose attempt is due (QUEUED, or FAILED with a next
 * attempt), newer than MAIL_MAX_AGE_MS — mails whose job was never queued (the process ended
 * between commit and enqueue) or got lost. Does nothing else without SMTP_URL (the mail log).
 * First, with or without SMTP, it forgets the tokens of expired links (ADR 024).
 * Returns how many it queued.
 */
export async function sweepMailOutbox({
  now = new Date(),
  settings = mailSettingsFromEnv(),
}: { now?: Date; settings?: MailTransportSettings } = {}): Promise<number> {
  await forgetExpiredMailLinkTokens({ db, now });
  if (!settings.smtpUrl) return 0;
  const due = await db.mail.findMany({
    where: {
      nextAttemptAt: { lte: now },
      status: { not: 'SENT' },
      createdAt: { gte: new Date(now.getTime() - MAIL_MAX_AGE_MS) },
    },
    select: { id: true },
    orderBy: { nextAttemptAt: 'asc' },
    take: SWEEP_BATCH,
  });
  await requestMailDelivery({ mailIds: due.map((mail) => mail.id) });
  return due.length;
}
