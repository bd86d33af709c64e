import type { Tx } from '@/lib/db/types';

/**
 * How long a transaction waits before the request gives up with `serverBusy` (503, ADR 033):
 * - `maxWait`: for a connection of the pool and its BEGIN. Under load (every connection busy
 *   rendering pages and saving) this takes seconds; Prisma's default of 2 s turned such a wait
 *   into a 500, so a request waits as a person would rather than fail;
 * - `timeout`: the whole transaction, from BEGIN to COMMIT (Prisma's default 5 s). Past it Prisma
 *   rolls the transaction back; it guards against a transaction that never ends, not against a
 *   slow machine.
 * Every transaction of the app's client gets them (lib/db/create-prisma-client.ts).
 */
export const TRANSACTION_WAITS = { maxWait: 15_000, timeout: 20_000 } as const;

/**
 * How long a statement of a transaction that takes a lock (a project's upload quota, an
 * evidence row) waits for another transaction to release it, before it gives up with
 * `serverBusy` — shorter than TRANSACTION_WAITS.timeout, so that the wait ends with a clear
 * answer rather than the transaction's expiry.
 */
export const LOCK_WAIT_MS = 10_000;

/** `SET LOCAL lock_timeout` for the rest of the transaction: a lock wait past `ms` fails with SQLSTATE 55P03. */
export async function limitLockWait(tx: Tx, ms: number = LOCK_WAIT_MS): Promise<void> {
  await tx.$executeRaw`SELECT set_config('lock_timeout', ${`${Math.max(1, Math.round(ms))}ms`}, true)`;
}
