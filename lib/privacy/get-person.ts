import { db } from '@/lib/db';
import { hasPermission } from '@/lib/auth/permissions';
import type { ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, NotFoundError } from '@/lib/errors';
import { personState } from '@/lib/privacy/person-state';
import { displayName } from '@/lib/users/display-name';

/**
 * One person as /admin/privacy shows them before an export or an erasure (`privacy:manage`):
 * address, name (erased: „Gelöschte/r Nutzer/in“), role, state, organisation, registered and
 * erased at, and whether it is the actor (who cannot erase themselves). NotFoundError for an
 * unknown id.
 */
export async function getPerson({ actor, userId, locale }: { actor: ScopeActor; userId: string; locale?: string }) {
  if (!hasPermission(actor.role, 'privacy:manage')) throw new AuthorizationError('forbidden');
  const row = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      emailConfirmedAt: true,
      disabledAt: true,
      erasedAt: true,
      createdAt: true,
      organisation: { select: { name: true } },
    },
  });
  if (!row) throw new NotFoundError('User');
  return {
    id: row.id,
    email: row.email,
    name: displayName(row, locale),
    role: row.role,
    state: personState(row),
    organisationName: row.organisation?.name ?? null,
    createdAt: row.createdAt,
    erasedAt: row.erasedAt,
    self: row.id === actor.id,
  };
}
