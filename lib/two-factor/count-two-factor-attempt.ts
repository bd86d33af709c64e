import { consumeRateLimit } from '@/lib/rate-limit/consume-rate-limit';
import { TWO_FACTOR_CONFIRM_LIMIT } from '@/lib/two-factor/two-factor-policy';

/**
 * Counts one attempt at a code or password on the two-factor pages (set-up, switching off, new
 * recovery codes) and refuses with `rateLimited` past TWO_FACTOR_CONFIRM_LIMIT. Called before the
 * caller's transaction (it writes in its own: the embedded database has one connection).
 */
export async function countTwoFactorAttempt({ userId, now }: { userId: string; now: Date }): Promise<void> {
  await consumeRateLimit({ key: `two-factor:user:${userId}`, ...TWO_FACTOR_CONFIRM_LIMIT, now });
}
