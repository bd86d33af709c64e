import type { ListOrganisationsQuery } from '@/lib/organisations/list-organisations-schema';

/** The URL of /admin/organisations for a search state (defaults left out). */
export function organisationsHref(query: ListOrganisationsQuery, change: Partial<ListOrganisationsQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  if (next.page > 1) params.set('page', String(next.page));
  const search = params.toString();
  return search ? `/admin/organisations?${search}` : '/admin/organisations';
}
