import { db } from '@/lib/db';
import { hasPermission } from '@/lib/auth/permissions';
import { organisationScope, type ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError, NotFoundError } from '@/lib/errors';
import { userState } from '@/lib/users/user-states';

/**
 * /admin/organisations/[id]: the organisation's details, its accounts, its projects (title, the
 * self-assessment's status; administrators see the list, not the projects themselves) and its open
 * invitations — one statement (relation joins).
 */
export async function getOrganisationDetail({ actor, organisationId, now = new Date() }: { actor: ScopeActor; organisationId: string; now?: Date }) {
  if (!hasPermission(actor.role, 'organisations:manage')) throw new AuthorizationError('forbidden');
  const organisation = await db.organisation.findFirst({
    where: { AND: [{ id: organisationId }, organisationScope(actor)] },
    select: {
      id: true,
      name: true,
      legalForm: true,
      street: true,
      postalCode: true,
      city: true,
      createdAt: true,
      updatedAt: true,
      users: {
        orderBy: [{ name: 'asc' }, { email: 'asc' }],
        select: { id: true, name: true, email: true, role: true, disabledAt: true, emailConfirmedAt: true },
      },
      projects: {
        orderBy: [{ title: 'asc' }, { id: 'asc' }],
        select: { id: true, title: true, createdAt: true, assessment: { select: { status: true } } },
      },
      invitations: {
        where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        orderBy: { createdAt: 'desc' },
        select: { id: true, email: true, expiresAt: true },
      },
    },
  });
  if (!organisation) throw new NotFoundError('Organisation');
  return {
    ...organisation,
    users: organisation.users.map(({ disabledAt, emailConfirmedAt, ...user }) => ({ ...user, state: userState({ disabledAt, emailConfirmedAt }) })),
    projects: organisation.projects.map(({ assessment, ...project }) => ({ ...project, status: assessment?.status ?? null })),
  };
}

export type OrganisationDetail = Awaited<ReturnType<typeof getOrganisationDetail>>;
