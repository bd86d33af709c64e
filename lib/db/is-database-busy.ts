/**
 * True when `error` says the database was reachable but a transaction could not get what it
 * needed in time — under load, as opposed to an outage (is-database-unavailable.ts) or a bug:
 * - Prisma's transaction manager (P2028): no connection of the pool came within `maxWait`
 *   („Unable to start a transaction in the given time“), or the transaction ran past its
 *   `timeout` and Prisma rolled it back („… cannot be executed on an expired transaction“);
 * - PostgreSQL: a lock wait past `lock_timeout` (55P03, lib/db/database-waits.ts) or a statement
 *   past `statement_timeout` (57014).
 * Nothing of such a transaction was committed. The request answers `serverBusy` (503 with
 * Retry-After) and the user is asked to try again in a moment (ADR 033). Looks through Prisma's
 * wrapping (the driver adapter's error and its cause) as is-database-unavailable.ts does.
 */
const TRANSACTION_MANAGER = /Unable to start a transaction in the given time|cannot be executed on an expired transaction/;
const SQL_STATES = new Set(['55P03', '57014']);

export function isDatabaseBusy(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { code, message, cause, meta } = error as { code?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  if (code === 'P2028' && typeof message === 'string' && TRANSACTION_MANAGER.test(message)) return true;
  if (typeof code === 'string' && SQL_STATES.has(code)) return true;
  return isDatabaseBusy(cause, depth + 1) || isDatabaseBusy(meta?.driverAdapterError, depth + 1);
}
