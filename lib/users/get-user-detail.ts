import { db } from '@/lib/db';
import { hasPermission } from '@/lib/auth/permissions';
import { userScope, type ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, NotFoundError } from '@/lib/errors';
import { userState } from '@/lib/users/user-states';

/** /admin/users/[id]: one account as administrators see it (one statement, organisation joined). */
export async function getUserDetail({ actor, userId }: { actor: ScopeActor; userId: string }) {
  if (!hasPermission(actor.role, 'users:manage')) throw new AuthorizationError('forbidden');
  const user = await db.user.findFirst({
    where: { AND: [{ id: userId }, userScope(actor)] },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      locale: true,
      createdAt: true,
      disabledAt: true,
      emailConfirmedAt: true,
      totpEnabledAt: true,
      organisation: { select: { id: true, name: true } },
    },
  });
  if (!user) throw new NotFoundError('User');
  return { ...user, state: userState(user), self: user.id === actor.id };
}

export type UserDetail = Awaited<ReturnType<typeof getUserDetail>>;
