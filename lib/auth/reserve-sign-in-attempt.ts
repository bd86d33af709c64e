import { db } from '@/lib/db';
import type { Tx } from '@/lib/db/types';

/**
 * The sign-in throttle's limits (ADR 023). Failures count within WINDOW_MS:
 * - `source`: per (address, client source) — the lock-out an attacker can cause only for
 *   themselves; a success from that source starts the count anew;
 * - `ip`: per client source across all addresses (password spraying); successes never reset it,
 *   or an attacker could clear it by signing in to their own account;
 * - `address`: per address across all sources, a ceiling that takes at least
 *   address / source = 20 sources to reach; a success starts the count anew.
 */
export const SIGN_IN_LIMITS = {
  windowMs: 15 * 60 * 1000,
  source: 5,
  ip: 30,
  address: 100,
} as const;

/**
 * A burst of attempts queues for the lock (each holds it for a few short statements): waiting
 * for a connection may take longer than Prisma's default of 2 seconds, so allow more.
 */
const LOCKED_TRANSACTION = { maxWait: 15_000, timeout: 15_000 } as const;

type Reservation = { ok: true; attemptId: string } | { ok: false; retryAfterSeconds: number };

/**
 * Checks the three limits and, when none is reached, records the attempt as a failure — in one
 * transaction that holds advisory locks on the address and the source, so parallel attempts are
 * counted one after the other: of 20 simultaneous wrong passwords only `source` get checked.
 * The caller then verifies the password outside the transaction (Argon2 takes a while; no
 * connection waits for it) and resolves the reserved attempt: it stays a failure, becomes a
 * success, or is removed when it was neither (disabled, unconfirmed, a code still to enter).
 * An attempt interrupted in between stays a failure: the throttle fails closed.
 */
export async function reserveSignInAttempt({ address, source, now }: { address: string; source: string; now: Date }): Promise<Reservation> {
  const windowStart = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs);
  return db.$transaction(async (tx) => {
    // Always the address first, then the source: no two transactions wait for each other in a circle.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:address:${address}`}, 0))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:source:${source}`}, 0))`;

    const [sourceSuccess, addressSuccess] = await Promise.all([
      lastSuccess(tx, { email: address, ip: source }, windowStart),
      lastSuccess(tx, { email: address }, windowStart),
    ]);
    const limited = await Promise.all([
      nthNewestFailure(tx, { email: address, ip: source }, laterOf(windowStart, sourceSuccess), SIGN_IN_LIMITS.source),
      nthNewestFailure(tx, { ip: source }, windowStart, SIGN_IN_LIMITS.ip),
      nthNewestFailure(tx, { email: address }, laterOf(windowStart, addressSuccess), SIGN_IN_LIMITS.address),
    ]);
    const reached = limited.filter((at): at is Date => at !== null);
    if (reached.length > 0) {
      // Allowed again once the failure that reached a limit leaves the window (the latest of them).
      const freeAt = Math.max(...reached.map((at) => at.getTime())) + SIGN_IN_LIMITS.windowMs;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)) };
    }
    const attempt = await tx.loginAttempt.create({ data: { email: address, ip: source, succeeded: false, at: now }, select: { id: true } });
    return { ok: true, attemptId: attempt.id };
  }, LOCKED_TRANSACTION);
}


async function lastSuccess(tx: Tx, where: { email: string; ip?: string }, windowStart: Date): Promise<Date | null> {
  const row = await tx.loginAttempt.findFirst({
    where: { ...where, succeeded: true, at: { gt: windowStart } },
    orderBy: { at: 'desc' },
    select: { at: true },
  });
  return row?.at ?? null;
}

/** The `limit`-th newest failure after `after` (null: fewer than `limit`, the limit is not reached). */
async function nthNewestFailure(tx: Tx, where: { email?: string; ip?: string }, after: Date, limit: number): Promise<Date | null> {
  const row = await tx.loginAttempt.findFirst({
    where: { ...where, succeeded: false, at: { gt: after } },
    orderBy: { at: 'desc' },
    skip: limit - 1,
    select: { at: true },
  });
  return row?.at ?? null;
}

function laterOf(a: Date, b: Date | null): Date {
  return b && b > a ? b : a;
}
