import type { Tx } from '@/lib/db/types';
import { NotFoundError } from '@/lib/errors';

/**
 * The user's row locked FOR UPDATE with what the two-factor functions need, so that set-up,
 * switching off, new recovery codes and an administrator's reset happen one after the other.
 */
export async function lockTwoFactorUser({ tx, userId }: { tx: Tx; userId: string }) {
  await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, role: true, passwordHash: true, totpSecret: true, totpPendingSecret: true, totpEnabledAt: true, totpLastStep: true },
  });
  if (!user) throw new NotFoundError('User');
  return user;
}
