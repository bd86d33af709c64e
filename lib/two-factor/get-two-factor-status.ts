import { db } from '@/lib/db';
import type { ScopeActor } from '@/lib/auth/scope';
import { NotFoundError } from '@/lib/errors';

/** „Mein Konto“: whether two-factor sign-in is on (one primary-key lookup). */
export async function getTwoFactorStatus({ actor }: { actor: ScopeActor }): Promise<{ enabled: boolean }> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { totpEnabledAt: true } });
  if (!user) throw new NotFoundError('User');
  return { enabled: user.totpEnabledAt !== null };
}
