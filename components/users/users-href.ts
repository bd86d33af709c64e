import type { ListUsersQuery } from '@/lib/users/list-users-schema';

/** The URL of /admin/users for a filter state (defaults left out): a link or a reload shows the same list. */
export function usersHref(query: ListUsersQuery, change: Partial<ListUsersQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  if (next.role) params.set('role', next.role);
  if (next.state) params.set('state', next.state);
  if (next.page > 1) params.set('page', String(next.page));
  const search = params.toString();
  return search ? `/admin/users?${search}` : '/admin/users';
}
