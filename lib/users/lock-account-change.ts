import { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import type { Tx } from '@/lib/db/types';
import { hasPermission } from '@/lib/auth/permissions';
import type { ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, DomainError, NotFoundError } from '@/lib/errors';
import { USER_MANAGER_ROLES } from '@/lib/users/staff-roles';

type LockedUser = { id: string; role: Role; disabledAt: Date | null; organisationId: string | null };

/**
 * The start of every administrator's change to an account (role, disabling), inside its
 * transaction. Locks, in one statement and in id order (so two changes never deadlock), the
 * target, the actor and every active user who can manage users (`USER_MANAGER_ROLES`): a
 * concurrent change of any of them waits for this transaction to end and then sees its result
 * (READ COMMITTED re-checks the rows it waited for). Returns the target (NotFoundError if there is
 * none) and `assertAllowed(after)`, which refuses, in this order:
 * - `ownAccount`: nobody disables or demotes themselves;
 * - `lastAdmin`: the change would leave no active user manager — e.g. two administrators demoting
 *   each other at the same moment: the second waits for the first, then is refused;
 * - forbidden: the actor is no longer an active user manager (changed meanwhile).
 */
export async function lockAccountChange({ tx, actor, userId }: { tx: Tx; actor: ScopeActor; userId: string }) {
  const managerRoles = Prisma.join(USER_MANAGER_ROLES.map((role) => Prisma.sql`CAST(${role} AS "Role")`));
  const rows = await tx.$queryRaw<LockedUser[]>`
    SELECT "id", "role", "disabledAt", "organisationId" FROM "User"
    WHERE "id" IN (${userId}, ${actor.id}) OR ("role" IN (${managerRoles}) AND "disabledAt" IS NULL)
    ORDER BY "id"
    FOR UPDATE`;
  const target = rows.find((row) => row.id === userId);
  if (!target) throw new NotFoundError('User');
  const isActiveManager = (user: { role: Role; disabledAt: Date | null }) => USER_MANAGER_ROLES.includes(user.role) && user.disabledAt === null;

  function assertAllowed(after: { role: Role; disabledAt: Date | null }) {
    if (target!.id === actor.id) throw new DomainError('ownAccount');
    const othersLeft = rows.some((row) => row.id !== target!.id && isActiveManager(row));
    if (!othersLeft && !isActiveManager(after)) throw new DomainError('lastAdmin');
    const self = rows.find((row) => row.id === actor.id);
    if (!self || self.disabledAt !== null || !hasPermission(self.role, 'users:manage')) throw new AuthorizationError('forbidden');
  }

  return { target, assertAllowed };
}
