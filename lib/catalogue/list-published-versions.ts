import { db } from '@/lib/db';

/** The published catalogue versions, newest first (number, date, change note): the version list on /standards. */
export async function listPublishedVersions() {
  return db.catalogueVersion.findMany({
    where: { status: 'PUBLISHED' },
    orderBy: { number: 'desc' },
    select: { number: true, publishedAt: true, changeNote: true },
  });
}

export type PublishedVersionItem = Awaited<ReturnType<typeof listPublishedVersions>>[number];
