import { db } from '@/lib/db';
import { hasPermission } from '@/lib/auth/permissions';
import { userScope, type ScopeActor } from '@/lib/auth/scope';
import { escapeLike } from '@/lib/db/escape-like';
import { AuthorizationError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { listUsersSchema, USER_LIST_PAGE_SIZE, type ListUsersQuery } from '@/lib/users/list-users-schema';
import { userState, type UserState } from '@/lib/users/user-states';

const STATE_FILTER: Record<UserState, Prisma.UserWhereInput> = {
  active: { disabledAt: null, emailConfirmedAt: { not: null } },
  disabled: { disabledAt: { not: null } },
  unconfirmed: { disabledAt: null, emailConfirmedAt: null },
};

function where(actor: ScopeActor, filters: ListUsersQuery): Prisma.UserWhereInput {
  const conditions: Prisma.UserWhereInput[] = [userScope(actor)];
  if (filters.q) {
    // Two ILIKEs on one table: a BitmapOr of the trigram indexes on name and e-mail.
    const text = escapeLike(filters.q);
    conditions.push({ OR: [{ name: { contains: text, mode: 'insensitive' } }, { email: { contains: text, mode: 'insensitive' } }] });
  }
  if (filters.role) conditions.push({ role: filters.role });
  if (filters.state) conditions.push(STATE_FILTER[filters.state]);
  return { AND: conditions };
}

/**
 * One page (50) of /admin/users: every account, filtered by free text on name and e-mail, role and
 * state, ordered by name (index `User_name_email_idx`), with its organisation's name. Two
 * statements whatever the size: the count and the page (the organisation joined in the same
 * statement). A page beyond the last shows the last.
 */
export async function listUsers({ actor, query = {} }: { actor: ScopeActor; query?: unknown }) {
  if (!hasPermission(actor.role, 'users:manage')) throw new AuthorizationError('forbidden');
  const filters = listUsersSchema.parse(query);
  const condition = where(actor, filters);
  const total = await db.user.count({ where: condition });
  const pageCount = Math.max(1, Math.ceil(total / USER_LIST_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows =
    total === 0
      ? []
      : await db.user.findMany({
          where: condition,
          orderBy: [{ name: 'asc' }, { email: 'asc' }],
          skip: (page - 1) * USER_LIST_PAGE_SIZE,
          take: USER_LIST_PAGE_SIZE,
          select: {
            id: true,
            name: true,
            email: true,
            role: true,
            disabledAt: true,
            emailConfirmedAt: true,
            organisation: { select: { id: true, name: true } },
          },
        });
  return {
    rows: rows.map(({ disabledAt, emailConfirmedAt, ...row }) => ({ ...row, state: userState({ disabledAt, emailConfirmedAt }) })),
    total,
    page,
    pageCount,
    filters: { ...filters, page },
  };
}

export type UserList = Awaited<ReturnType<typeof listUsers>>;
export type UserListRow = UserList['rows'][number];
