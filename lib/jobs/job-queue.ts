import type PgBoss from 'pg-boss';

/**
 * The job queue (pg-boss, ADR 015) of this process, when lib/jobs/start-job-worker.ts started it
 * (instrumentation.ts, in every Next server process). Kept on globalThis: Next bundles
 * instrumentation and the app's routes separately, and both must see the same instance.
 */
const globalForJobs = globalThis as unknown as { portalJobQueue?: PgBoss | null };

/** The PostgreSQL schema of pg-boss's tables (owned by the app's role: lib/db/app-role.ts). */
export const JOB_QUEUE_SCHEMA = 'pgboss';

/** Queue names. */
export const JOBS = {
  /** `{ mailId }`: send one stored mail (lib/mail/deliver-mail.ts). One waiting job per mail. */
  mailDeliver: 'mail-deliver',
  /** Finds mails whose attempt is due and queues them (every minute, and soon after notify()). */
  mailSweep: 'mail-sweep',
  /** The due-date reminders (daily, and once at start). */
  dueDateReminders: 'due-date-reminders',
  /**
   * `{ email, baseUrl, requestedAt }`: the work behind a request for a new confirmation link
   * (lib/registration/send-confirmation-resend.ts), off the request path (ADR 024).
   */
  confirmationResend: 'confirmation-resend',
  /** The retention periods (lib/privacy/apply-retention.ts): daily, and once at start. */
  retention: 'privacy-retention',
  /** Evidence files no row references, older than an hour (lib/evidence/remove-orphaned-files.ts): hourly, and once at start. */
  orphanedFiles: 'evidence-orphaned-files',
} as const;

export function getJobQueue(): PgBoss | null {
  return globalForJobs.portalJobQueue ?? null;
}

export function setJobQueue(queue: PgBoss | null): void {
  globalForJobs.portalJobQueue = queue;
}
