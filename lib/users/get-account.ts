import { db } from '@/lib/db';
import { hasPermission } from '@/lib/auth/permissions';
import type { ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, NotFoundError } from '@/lib/errors';

/** „Mein Konto“ (/account, `account:read`, every role): the signed-in person's own account. */
export async function getAccount({ actor }: { actor: ScopeActor }) {
  if (!hasPermission(actor.role, 'account:read')) throw new AuthorizationError('forbidden');
  const row = await db.user.findUnique({
    where: { id: actor.id },
    select: { id: true, name: true, email: true, role: true, locale: true, createdAt: true, organisation: { select: { name: true } } },
  });
  if (!row) throw new NotFoundError('User');
  const { organisation, ...account } = row;
  return { ...account, organisationName: organisation?.name ?? null };
}
