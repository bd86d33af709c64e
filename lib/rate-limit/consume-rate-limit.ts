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
 * so the limit reveals nothing about an address. Stored in PostgreSQL (its own small write,
 * outside the action's transaction), so it holds across app instances and failed attempts.
 */
export async function consumeRateLimit({
  key,
  limit,
  windowMs,
  now = new Date(),
}: RateLimit & { key: string; now?: Date }): Promise<void> {
  const used = await db.rateLimitEvent.count({ where: { key, at: { gt: new Date(now.getTime() - windowMs) } } });
  if (used >= limit) throw new DomainError('rateLimited', `Rate limit for ${key} reached`);
  await db.rateLimitEvent.create({ data: { key, at: now }, select: { id: true } });
}
