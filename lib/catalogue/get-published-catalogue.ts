import { db } from '@/lib/db';
import { CATALOGUE_TREE_SELECT } from '@/lib/catalogue/catalogue-tree-select';

/**
 * The latest published catalogue version with its phases, topics and standards in display
 * order, or null when none is published. Public data: no scope needed.
 */
export async function getPublishedCatalogue() {
  return db.catalogueVersion.findFirst({
    where: { status: 'PUBLISHED' },
    orderBy: { number: 'desc' },
    select: {
      id: true,
      number: true,
      title: true,
      titleEn: true,
      heading: true,
      headingEn: true,
      publishedAt: true,
      phases: CATALOGUE_TREE_SELECT,
    },
  });
}

export type PublishedCatalogue = NonNullable<Awaited<ReturnType<typeof getPublishedCatalogue>>>;
