import { db } from '@/lib/db';
import type { DbOrTx } from '@/lib/db/types';

/**
 * The published version a version was made from: the published one with the highest number
 * below it (a draft is always copied from the latest published version, and there is only one
 * draft, so nothing is published in between). Null for the first version.
 */
export async function findBaseVersion({ number, db: client = db }: { number: number; db?: DbOrTx }): Promise<{ id: string; number: number } | null> {
  return client.catalogueVersion.findFirst({
    where: { status: 'PUBLISHED', number: { lt: number } },
    orderBy: { number: 'desc' },
    select: { id: true, number: true },
  });
}
