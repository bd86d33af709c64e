import { db } from '@/lib/db';
import { CATALOGUE_TREE_SELECT } from '@/lib/catalogue/catalogue-tree-select';

/**
 * A published catalogue version with its phases, topics and standards in display order
 * (retired standards left out): the one with `number`, or without it the latest; null when
 * there is none. Public data: no scope needed.
 */
export async function getPublishedCatalogue({ number }: { number?: number } = {}) {
  return db.catalogueVersion.findFirst({
    where: { status: 'PUBLISHED', ...(number === undefined ? {} : { number }) },
    orderBy: { number: 'desc' },
    select: {
      id: true,
      number: true,
      title: true,
      titleEn: true,
      heading: true,
      headingEn: true,
      publishedAt: true,
      changeNote: true,
      phases: CATALOGUE_TREE_SELECT,
    },
  });
}

export type PublishedCatalogue = NonNullable<Awaited<ReturnType<typeof getPublishedCatalogue>>>;
