import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';

/** A catalogue version's id, number and status (NotFoundError when there is none). */
export async function getCatalogueVersionSummary({ versionId }: { versionId: string }) {
  const version = await db.catalogueVersion.findUnique({ where: { id: versionId }, select: { id: true, number: true, status: true } });
  if (!version) throw new NotFoundError('CatalogueVersion');
  return version;
}
