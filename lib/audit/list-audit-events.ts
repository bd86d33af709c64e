import { resolveAuditFilter, type ActorMatches } from '@/lib/audit/audit-filter';
import { AUDIT_PAGE_SIZE, encodeAuditCursor, listAuditEventsSchema, type AuditFilters } from '@/lib/audit/list-audit-events-schema';
import { queryAuditEvents, type AuditEventRow } from '@/lib/audit/query-audit-events';

export type AuditPage = {
  rows: AuditEventRow[];
  filters: AuditFilters;
  actors: ActorMatches | null;
  /** Cursor for „Ältere Einträge“ (`?before=`), null on the last page. */
  older: string | null;
  /** Cursor for „Neuere Einträge“ (`?after=`), null on the newest page. */
  newer: string | null;
  /** The page was reached through a cursor (not the newest page): offer the way back to the start. */
  paged: boolean;
};

/**
 * One page (50 rows) of the audit log (/admin/audit), newest first, filtered (the caller checked
 * `audit:read`). Keyset pagination on (at, id): `before` gives the 50 entries older than a
 * cursor, `after` the 50 newer ones; no OFFSET and no total count, so page 1 and a page deep in
 * millions of rows cost the same (one index range, tests/integration/audit-scale.test.ts).
 * Every row appears exactly once paging from newest to oldest, also among equal timestamps (the
 * id breaks ties). Going newer from near the top lands on the newest page.
 */
export async function listAuditEvents({ query = {} }: { query?: unknown } = {}): Promise<AuditPage> {
  const { before, after, ...filters } = listAuditEventsSchema.parse(query);
  const resolved = await resolveAuditFilter(filters);
  const page = (rows: AuditEventRow[], older: string | null, newer: string | null, paged: boolean): AuditPage => ({
    rows,
    filters,
    actors: resolved.actors,
    older,
    newer,
    paged,
  });
  if (resolved.nothing) return page([], null, null, false);

  const take = AUDIT_PAGE_SIZE + 1;
  const cursorOf = (row: AuditEventRow) => encodeAuditCursor(row);
  if (!before && after) {
    const newer = await queryAuditEvents({ where: resolved.where, cursor: after, direction: 'newer', limit: take });
    if (newer.length === take) {
      const rows = newer.slice(0, AUDIT_PAGE_SIZE).reverse();
      return page(rows, cursorOf(rows.at(-1)!), cursorOf(rows[0]!), true);
    }
    // Fewer than a page of newer entries: this is the newest page.
  }
  const rows = await queryAuditEvents({ where: resolved.where, cursor: before, direction: 'older', limit: take });
  const shown = rows.slice(0, AUDIT_PAGE_SIZE);
  const older = rows.length === take ? cursorOf(shown.at(-1)!) : null;
  const newer = before && shown.length > 0 ? cursorOf(shown[0]!) : null;
  return page(shown, older, newer, Boolean(before));
}
