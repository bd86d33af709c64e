import { db } from '@/lib/db';

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
      phases: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          key: true,
          title: true,
          titleEn: true,
          topics: {
            orderBy: { position: 'asc' },
            select: {
              id: true,
              heading: true,
              headingEn: true,
              standards: {
                where: { retired: false },
                orderBy: { position: 'asc' },
                select: {
                  id: true,
                  key: true,
                  number: true,
                  text: true,
                  textEn: true,
                  objective: true,
                  objectiveEn: true,
                  information: true,
                  informationEn: true,
                },
              },
            },
          },
        },
      },
    },
  });
}

export type PublishedCatalogue = NonNullable<Awaited<ReturnType<typeof getPublishedCatalogue>>>;
