import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AuditCursor } from '@/lib/audit/list-audit-events-schema';

export type AuditEventRow = {
  id: string;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details: Prisma.JsonValue;
  requestId: string | null;
};

/**
 * One keyset slice of the log: rows matching `where` (a condition on AuditEvent `e`), strictly
 * older than `cursor` (`older`, newest first) or strictly newer (`newer`, oldest first), at most
 * `limit`, with the actor's name and address. The row comparison `(at, id) < (…)` and the order
 * match the indexes ending in (at, id): PostgreSQL reads one index backwards (or forwards) and
 * stops after `limit` rows — the same cost on page 1 and page 20,000, no OFFSET, no sort.
 */
export async function queryAuditEvents({
  where,
  cursor,
  direction,
  limit,
}: {
  where: Prisma.Sql;
  cursor?: AuditCursor;
  direction: 'older' | 'newer';
  limit: number;
}): Promise<AuditEventRow[]> {
  const conditions = [where];
  if (cursor) {
    conditions.push(direction === 'older' ? Prisma.sql`(e."at", e."id") < (${cursor.at}, ${cursor.id})` : Prisma.sql`(e."at", e."id") > (${cursor.at}, ${cursor.id})`);
  }
  const order = direction === 'older' ? Prisma.sql`e."at" DESC, e."id" DESC` : Prisma.sql`e."at" ASC, e."id" ASC`;
  return db.$queryRaw<AuditEventRow[]>`
    SELECT e."id", e."at", e."actorId", u."name" AS "actorName", u."email" AS "actorEmail",
      e."action", e."subjectType", e."subjectId", e."details", e."requestId"
    FROM "AuditEvent" e
    LEFT JOIN "User" u ON u."id" = e."actorId"
    WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY ${order}
    LIMIT ${limit}`;
}
