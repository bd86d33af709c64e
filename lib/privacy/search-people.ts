import { db } from '@/lib/db';
import { hasPermission } from '@/lib/auth/permissions';
import type { ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError } from '@/lib/errors';
import { personState } from '@/lib/privacy/person-state';
import { displayName } from '@/lib/users/display-name';
import { normaliseEmail } from '@/lib/users/normalise-email';

/** Shortest search term: fewer characters would list half the portal. */
export const PEOPLE_SEARCH_MIN_LENGTH = 3;
export const PEOPLE_SEARCH_LIMIT = 20;

/**
 * The people search of /admin/privacy (`privacy:manage`): users whose e-mail address contains
 * `query` (compared lower-case, like the stored addresses), ordered by address, at most
 * PEOPLE_SEARCH_LIMIT (`more` says there were further matches). A term shorter than
 * PEOPLE_SEARCH_MIN_LENGTH finds nobody (`tooShort`).
 */
export async function searchPeople({ actor, query, locale }: { actor: ScopeActor; query: string; locale?: string }) {
  if (!hasPermission(actor.role, 'privacy:manage')) throw new AuthorizationError('forbidden');
  const term = normaliseEmail(query).slice(0, 320);
  if (term.length < PEOPLE_SEARCH_MIN_LENGTH) return { query: term, tooShort: true, people: [], more: false };
  const rows = await db.user.findMany({
    where: { email: { contains: term } },
    orderBy: { email: 'asc' },
    take: PEOPLE_SEARCH_LIMIT + 1,
    select: { id: true, email: true, name: true, role: true, emailConfirmedAt: true, disabledAt: true, erasedAt: true },
  });
  return {
    query: term,
    tooShort: false,
    more: rows.length > PEOPLE_SEARCH_LIMIT,
    people: rows.slice(0, PEOPLE_SEARCH_LIMIT).map((row) => ({
      id: row.id,
      email: row.email,
      name: displayName(row, locale),
      role: row.role,
      state: personState(row),
    })),
  };
}
