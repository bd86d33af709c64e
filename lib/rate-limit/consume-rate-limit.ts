import { db } from '@/lib/db';
import { DomainError } from '@/lib/errors';

type RateLimit = { limit: number; windowMs: number };

/** Mails that a visitor can trigger for an address, and invitations per organisation. */
export const RATE_LIMITS = {
  /** Registrations (each sends a confirmation or notice mail) per e-mail address. */
  register: { limit: 5, windowMs: 60 * 60 * 1000 },
  /** New confirmation links per e-mail address. */
  resend: { limit: 5, windowMs: 60 * 60 * 1000 },
  /** Invitations sent by one organisation. */
  invite: { limit: 20, windowMs: 60 * 60 * 1000 },
} as const satisfies Record<string, RateLimit>;

/**
 * Counts one use of a limited action for `key` and refuses with DomainError('rateLimited') when
 * the key already had `limit` uses within the window. Every attempt counts, whatever its outcome,
 * so the limit reveals nothing about an address. Stored in PostgreSQL (its own small transaction,
 * outside the action's), so it holds across app instances and failed attempts. Count and record
 * are one step: the transaction holds an advisory lock on the key, so parallel requests are
 * counted one after the other and never more than `limit` get through (ADR 023).
 */
export async function consumeRateLimit({
  key,
  limit,
  windowMs,
  now = new Date(),
}: RateLimit & { key: string; now?: Date }): Promise<void> {
  const allowed = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`rate-limit:${key}`}, 0))`;
    const used = await tx.rateLimitEvent.count({ where: { key, at: { gt: new Date(now.getTime() - windowMs) } } });
    if (used >= limit) return false;
    await tx.rateLimitEvent.create({ data: { key, at: now }, select: { id: true } });
    return true;
    // A burst waits for the lock in turn: longer than Prisma's default wait for a connection.
  }, { maxWait: 15_000, timeout: 15_000 });
  if (!allowed) throw new DomainError('rateLimited', `Rate limit for ${key} reached`);
}
