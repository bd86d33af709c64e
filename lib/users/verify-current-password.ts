import { db } from '@/lib/db';
import { verifyPassword } from '@/lib/auth/password';
import { DomainError } from '@/lib/errors';
import { consumeRateLimit } from '@/lib/rate-limit/consume-rate-limit';
import { ACCOUNT_RATE_LIMITS } from '@/lib/users/account-rate-limits';

/**
 * „Aktuelles Passwort“ on /account (password and e-mail change): counted per account
 * (ACCOUNT_RATE_LIMITS.currentPassword, `rateLimited` beyond it), then checked against the
 * stored hash; a wrong one is a message at the field (`wrongPassword`). Returns the account's
 * address, name and language for the caller.
 */
export async function verifyCurrentPassword({
  userId,
  password,
  now,
}: {
  userId: string;
  password: string;
  now: Date;
}): Promise<{ id: string; email: string; name: string; locale: string | null }> {
  await consumeRateLimit({ key: `account-password:${userId}`, ...ACCOUNT_RATE_LIMITS.currentPassword, now });
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, locale: true, passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, password))) {
    throw new DomainError('wrongPassword', 'wrongPassword', { currentPassword: ['wrongPassword'] });
  }
  const { passwordHash: _hash, ...account } = user;
  return account;
}
