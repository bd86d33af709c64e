/**
 * Runs once when a Next server process starts: refuse to serve with invalid settings, then start
 * the job queue of the mail outbox, the due-date reminders and the retention job (lib/jobs/,
 * ADR 015) — in every server process; pg-boss's locking lets them share the work. Not during `next build`;
 * PORTAL_JOB_WORKER=0 turns it off.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getEnv } = await import('./lib/env');
    getEnv();
    if (process.env.NEXT_PHASE === 'phase-production-build' || process.env.PORTAL_JOB_WORKER === '0') return;
    const { startJobWorker } = await import('./lib/jobs/start-job-worker');
    startJobWorker().catch((error: unknown) => {
      console.error(`[jobs] the job queue did not start (mails stay queued until it does): ${error instanceof Error ? error.message : String(error)}`);
    });
  }
}
