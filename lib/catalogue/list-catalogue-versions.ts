import { db } from '@/lib/db';

/**
 * Every catalogue version, newest first, for the administrators' list (/admin/catalogue): number,
 * status, published at/by, change note and how many standards it shows. One query.
 */
export async function listCatalogueVersions() {
  const versions = await db.catalogueVersion.findMany({
    orderBy: { number: 'desc' },
    select: {
      id: true,
      number: true,
      status: true,
      createdAt: true,
      publishedAt: true,
      changeNote: true,
      publishedBy: { select: { name: true } },
      _count: { select: { standards: { where: { retired: false } } } },
    },
  });
  return versions.map(({ _count, publishedBy, ...version }) => ({ ...version, publishedByName: publishedBy?.name ?? null, standardCount: _count.standards }));
}

export type CatalogueVersionListItem = Awaited<ReturnType<typeof listCatalogueVersions>>[number];
