import { db } from '@/lib/db';
import { hasPermission } from '@/lib/auth/permissions';
import { organisationScope, type ScopeActor } from '@/lib/auth/scope';
import { escapeLike } from '@/lib/db/escape-like';
import { AuthorizationError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { listOrganisationsSchema, ORGANISATION_LIST_PAGE_SIZE } from '@/lib/organisations/list-organisations-schema';

/**
 * One page (50) of /admin/organisations: free text on the name (trigram index
 * `Organisation_name_trgm_idx`), ordered by name (`Organisation_name_idx`), with the number of
 * accounts and projects of each. Two statements: the count and the page (the counts are
 * subqueries of the same statement, on `User_organisationId_idx` and `Project_organisationId_updatedAt_idx`).
 */
export async function listOrganisations({ actor, query = {} }: { actor: ScopeActor; query?: unknown }) {
  if (!hasPermission(actor.role, 'organisations:manage')) throw new AuthorizationError('forbidden');
  const filters = listOrganisationsSchema.parse(query);
  const conditions: Prisma.OrganisationWhereInput[] = [organisationScope(actor)];
  if (filters.q) conditions.push({ name: { contains: escapeLike(filters.q), mode: 'insensitive' } });
  const where = { AND: conditions };
  const total = await db.organisation.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ORGANISATION_LIST_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows =
    total === 0
      ? []
      : await db.organisation.findMany({
          where,
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
          skip: (page - 1) * ORGANISATION_LIST_PAGE_SIZE,
          take: ORGANISATION_LIST_PAGE_SIZE,
          select: { id: true, name: true, legalForm: true, postalCode: true, city: true, _count: { select: { users: true, projects: true } } },
        });
  return {
    rows: rows.map(({ _count, ...row }) => ({ ...row, userCount: _count.users, projectCount: _count.projects })),
    total,
    page,
    pageCount,
    filters: { ...filters, page },
  };
}

export type OrganisationList = Awaited<ReturnType<typeof listOrganisations>>;
