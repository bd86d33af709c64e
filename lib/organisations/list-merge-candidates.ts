import { db } from '@/lib/db';
import { hasPermission } from '@/lib/auth/permissions';
import { organisationScope, type ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError } from '@/lib/errors';

/**
 * The organisations that could be merged into `organisationId` (every other one), by name, with
 * what would move (accounts, projects, invitations) — the choice and the confirmation on
 * /admin/organisations/[id]. One statement.
 */
export async function listMergeCandidates({ actor, organisationId }: { actor: ScopeActor; organisationId: string }) {
  if (!hasPermission(actor.role, 'organisations:manage')) throw new AuthorizationError('forbidden');
  const rows = await db.organisation.findMany({
    where: { AND: [organisationScope(actor), { id: { not: organisationId } }] },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, city: true, _count: { select: { users: true, projects: true, invitations: true } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, userCount: _count.users, projectCount: _count.projects, invitationCount: _count.invitations }));
}

export type MergeCandidate = Awaited<ReturnType<typeof listMergeCandidates>>[number];
