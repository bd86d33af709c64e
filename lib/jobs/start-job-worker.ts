import PgBoss from 'pg-boss';
import { getDbPool } from '@/lib/db';
import { JOB_QUEUE_SCHEMA, JOBS, getJobQueue, setJobQueue } from '@/lib/jobs/job-queue';
import { deliverMail, type MailTransportSettings } from '@/lib/mail/deliver-mail';
import { requestMailDelivery, sweepMailOutbox } from '@/lib/mail/mail-outbox';
import { MAIL_RETRY_BASE_MS } from '@/lib/mail/mail-retry';
import { sendConfirmationResend, type ConfirmationResendRequest } from '@/lib/registration/send-confirmation-resend';
import { sendDueDateReminders } from '@/lib/notifications/send-due-date-reminders';
import { applyRetention } from '@/lib/privacy/apply-retention';
import { removeOrphanedFiles } from '@/lib/evidence/remove-orphaned-files';

export type JobWorkerOptions = {
  /** SMTP settings; default SMTP_URL and MAIL_FROM. */
  mailSettings?: MailTransportSettings;
  /** The first wait after a failed mail (doubling); default one minute. */
  mailRetryBaseMs?: number;
  /** How often the delivery queue is polled; default 2 s (pg-boss's minimum 0.5 s). */
  pollingIntervalSeconds?: number;
};

/**
 * Starts the job queue of this process (pg-boss on PostgreSQL, schema `pgboss`, ADR 015): it
 * runs in every Next server process (instrumentation.ts). pg-boss fetches jobs with
 * `FOR UPDATE SKIP LOCKED` and keeps cron schedules in the database, so several processes and
 * instances share the work and each job runs once. Its statements go through the app's own
 * connection pool — with the embedded PGlite (one shared session, one connection) they wait
 * their turn; pg-boss polls and needs no LISTEN/NOTIFY.
 *
 * Queues: `mail-deliver` (one stored mail; a failure schedules the next attempt with
 * exponential backoff), `mail-sweep` (every minute and at start: due mails whose job is
 * missing), `confirmation-resend` (a request for a new confirmation link, ADR 024),
 * `due-date-reminders` (daily at 07:00 Berlin time and at start), `privacy-retention`
 * (daily at 03:30 Berlin time and at start: lib/privacy/apply-retention.ts),
 * `evidence-orphaned-files` (hourly and at start: lib/evidence/remove-orphaned-files.ts).
 */
export async function startJobWorker(options: JobWorkerOptions = {}): Promise<PgBoss> {
  const running = getJobQueue();
  if (running) return running;
  // Several processes starting at once can deadlock in pg-boss's first installation (queue
  // partitions created concurrently): such a start is stopped and tried again a moment later.
  for (let attempt = 1; ; attempt++) {
    const boss = createQueue();
    try {
      await configure(boss, options);
      setJobQueue(boss);
      return boss;
    } catch (error) {
      await boss.stop({ graceful: false, close: false, wait: true }).catch(() => {});
      if (attempt >= START_ATTEMPTS) throw error;
      const wait = 500 + Math.random() * 2_000 * attempt;
      console.warn(`[jobs] start attempt ${attempt} failed (${error instanceof Error ? error.message : String(error)}); again in ${Math.round(wait)} ms`);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

const START_ATTEMPTS = 5;

function createQueue(): PgBoss {
  const pool = getDbPool();
  const boss = new PgBoss({
    db: { executeSql: async (text: string, values: unknown[]) => pool.query(text, values) },
    schema: JOB_QUEUE_SCHEMA,
    migrate: true,
    supervise: true,
    schedule: true,
  });
  boss.on('error', (error: Error) => console.error(`[jobs] ${error.message}`));
  return boss;
}

async function configure(boss: PgBoss, options: JobWorkerOptions): Promise<void> {
  await boss.start();
  const queues = [
    { name: JOBS.mailDeliver, policy: 'short', expireInSeconds: 120, retryLimit: 3, retryDelay: 30 },
    { name: JOBS.mailSweep, policy: 'short', expireInSeconds: 300, retryLimit: 0 },
    { name: JOBS.dueDateReminders, policy: 'short', expireInSeconds: 900, retryLimit: 2, retryDelay: 300 },
    { name: JOBS.retention, policy: 'short', expireInSeconds: 900, retryLimit: 2, retryDelay: 600 },
    { name: JOBS.orphanedFiles, policy: 'short', expireInSeconds: 900, retryLimit: 1, retryDelay: 600 },
    { name: JOBS.confirmationResend, policy: 'standard', expireInSeconds: 120, retryLimit: 2, retryDelay: 30 },
  ] as const;
  const existing = new Set((await boss.getQueues()).map((queue) => queue.name));
  for (const queue of queues) if (!existing.has(queue.name)) await boss.createQueue(queue.name, queue);

  const mailSettings = options.mailSettings;
  const retryBaseMs = options.mailRetryBaseMs ?? MAIL_RETRY_BASE_MS;
  await boss.work<{ mailId: string }>(
    JOBS.mailDeliver,
    { batchSize: 5, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
    async (jobs) => {
      for (const job of jobs) {
        const outcome = await deliverMail({ id: job.data.mailId, settings: mailSettings, retryBaseMs });
        if (outcome.status === 'FAILED' && outcome.nextAttemptAt) {
          await requestMailDelivery({ mailIds: [job.data.mailId], startAfter: outcome.nextAttemptAt });
        }
      }
    },
  );
  await boss.work<ConfirmationResendRequest>(
    JOBS.confirmationResend,
    { batchSize: 5, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
    async (jobs) => {
      for (const job of jobs) await sendConfirmationResend(job.data);
    },
  );
  await boss.work(JOBS.mailSweep, { pollingIntervalSeconds: 10 }, async () => {
    await sweepMailOutbox({ settings: mailSettings });
  });
  await boss.work(JOBS.dueDateReminders, { pollingIntervalSeconds: 30 }, async () => {
    const sent = await sendDueDateReminders();
    if (sent > 0) console.log(`[jobs] ${sent} due-date reminder(s) sent`);
  });
  await boss.work(JOBS.retention, { pollingIntervalSeconds: 60 }, async () => {
    const counts = await applyRetention();
    const done = Object.entries(counts).filter(([, count]) => count > 0);
    if (done.length > 0) console.log(`[jobs] retention: ${done.map(([what, count]) => `${what} ${count}`).join(', ')}`);
  });
  await boss.work(JOBS.orphanedFiles, { pollingIntervalSeconds: 60 }, async () => {
    const counts = await removeOrphanedFiles();
    if (counts.objects + counts.staged > 0) console.log(`[jobs] orphaned evidence files removed: ${counts.objects} stored, ${counts.staged} staged`);
  });
  await boss.schedule(JOBS.mailSweep, '* * * * *');
  await boss.schedule(JOBS.dueDateReminders, '0 7 * * *', undefined, { tz: 'Europe/Berlin' });
  await boss.schedule(JOBS.retention, '30 3 * * *', undefined, { tz: 'Europe/Berlin' });
  await boss.schedule(JOBS.orphanedFiles, '17 * * * *');
  // Once at start as well (at most one waiting job each: the queues' policy).
  await boss.send(JOBS.mailSweep, {}, { singletonKey: 'start' });
  await boss.send(JOBS.dueDateReminders, {}, { singletonKey: 'start' });
  await boss.send(JOBS.retention, {}, { singletonKey: 'start' });
  await boss.send(JOBS.orphanedFiles, {}, { singletonKey: 'start' });
}

/** Stops this process's job queue (tests; the server process simply ends). */
export async function stopJobWorker(): Promise<void> {
  const boss = getJobQueue();
  if (!boss) return;
  setJobQueue(null);
  await boss.stop({ graceful: true, close: false, wait: true, timeout: 5_000 });
}
