import { DomainError } from '@/lib/errors';
import type { DbOrTx } from '@/lib/db/types';

/**
 * A project's profile, companies, answers and evidence can change only while its latest
 * revision is a draft (before submission, or after „Überarbeitung angefordert“). Returns that
 * draft revision's id; throws DomainError('projectLocked') otherwise. Call it inside the
 * mutation's transaction.
 */
export async function assertProjectEditable({ db, projectId }: { db: DbOrTx; projectId: string }): Promise<{ revisionId: string }> {
  const revision = await db.revision.findFirst({
    where: { assessment: { projectId } },
    orderBy: { number: 'desc' },
    select: { id: true, status: true },
  });
  if (!revision || revision.status !== 'DRAFT') {
    throw new DomainError('projectLocked', 'The self-assessment is submitted; nothing can change until a new draft exists');
  }
  return { revisionId: revision.id };
}
