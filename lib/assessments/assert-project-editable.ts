import { DomainError } from '@/lib/errors';
import type { Tx } from '@/lib/db/types';

/**
 * A project's profile, companies, answers and evidence can change only while its latest
 * revision is a draft (before submission, or after „Überarbeitung angefordert“). Returns that
 * draft revision's id; throws DomainError('projectLocked') otherwise.
 *
 * Call it inside the mutation's transaction: it holds a share lock on the revision row until
 * the transaction ends, so „Einreichen“ (which locks the row for update) waits for the change
 * to commit and then sees it, and a change that arrives during a submission waits and is then
 * refused. Without the lock a save could slip into a revision while it is being frozen.
 */
export async function assertProjectEditable({ db, projectId }: { db: Tx; projectId: string }): Promise<{ revisionId: string }> {
  const rows = await db.$queryRaw<{ id: string; status: string }[]>`
    SELECT r."id", r."status"::text AS "status"
    FROM "Revision" r JOIN "Assessment" a ON a."id" = r."assessmentId"
    WHERE a."projectId" = ${projectId}
    ORDER BY r."number" DESC
    LIMIT 1
    FOR SHARE OF r`;
  const revision = rows[0];
  if (!revision || revision.status !== 'DRAFT') {
    throw new DomainError('projectLocked', 'The self-assessment is submitted; nothing can change until a new draft exists');
  }
  return { revisionId: revision.id };
}
