/** The outbox's delivery policy (ADR 015). */

/** Attempts per mail; after the last failure it stays FAILED with no next attempt. */
export const MAIL_MAX_ATTEMPTS = 6;

/** The wait after the first failure; it doubles with each further one (1, 2, 4, 8, 16 minutes). */
export const MAIL_RETRY_BASE_MS = 60_000;

/** How long a worker holds a mail it is sending before another may try (a process that died). */
export const MAIL_CLAIM_LEASE_MS = 5 * 60_000;

/**
 * The sweep leaves mails older than this alone: switching SMTP_URL on later does not send the
 * whole mail log (expired confirmation links among it).
 */
export const MAIL_MAX_AGE_MS = 3 * 24 * 60 * 60_000;

/** When the attempt after `attempts` failed ones is due, or null when none is left. */
export function nextAttemptAfterFailure({
  attempts,
  now,
  baseMs = MAIL_RETRY_BASE_MS,
  maxAttempts = MAIL_MAX_ATTEMPTS,
}: {
  attempts: number;
  now: Date;
  baseMs?: number;
  maxAttempts?: number;
}): Date | null {
  if (attempts >= maxAttempts) return null;
  return new Date(now.getTime() + baseMs * 2 ** Math.max(0, attempts - 1));
}
