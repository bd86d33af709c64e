import { db } from '@/lib/db';

/**
 * The distinct values of one indexed column of the log, by a skip scan: one index probe per
 * value (a few dozen), never a read of millions of rows. `column` is one of the two below.
 */
async function distinctValues(column: 'action' | 'subjectType'): Promise<string[]> {
  const rows =
    column === 'action'
      ? await db.$queryRaw<{ value: string }[]>`
          WITH RECURSIVE t AS (
            (SELECT "action" AS value FROM "AuditEvent" ORDER BY "action" LIMIT 1)
            UNION ALL
            SELECT (SELECT "action" FROM "AuditEvent" WHERE "action" > t.value ORDER BY "action" LIMIT 1) FROM t WHERE t.value IS NOT NULL
          )
          SELECT value FROM t WHERE value IS NOT NULL`
      : await db.$queryRaw<{ value: string }[]>`
          WITH RECURSIVE t AS (
            (SELECT "subjectType" AS value FROM "AuditEvent" ORDER BY "subjectType" LIMIT 1)
            UNION ALL
            SELECT (SELECT "subjectType" FROM "AuditEvent" WHERE "subjectType" > t.value ORDER BY "subjectType" LIMIT 1) FROM t WHERE t.value IS NOT NULL
          )
          SELECT value FROM t WHERE value IS NOT NULL`;
  return rows.map((row) => row.value);
}

/** The subject types in the log. */
export function listAuditSubjectTypes(): Promise<string[]> {
  return distinctValues('subjectType');
}

/** The choices of the log's filters: every action and every subject type that occurs. */
export async function listAuditFilterOptions(): Promise<{ actions: string[]; subjectTypes: string[] }> {
  const [actions, subjectTypes] = await Promise.all([distinctValues('action'), distinctValues('subjectType')]);
  return { actions, subjectTypes };
}
