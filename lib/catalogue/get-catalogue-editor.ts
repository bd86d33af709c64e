import { db } from '@/lib/db';
import { diffCatalogueVersions, type CatalogueChange } from '@/lib/catalogue/diff-catalogue-versions';
import { findBaseVersion } from '@/lib/catalogue/find-base-version';
import { NotFoundError } from '@/lib/errors';


/**
 * One catalogue version for the editor's overview (/admin/catalogue/[versionId]): phases with
 * their titles, topics with their headings (each with its lock version), the standards of each
 * topic in order — retired ones too, marked — with the first line of their text, and per
 * standard key what changed against the published version it was copied from. Three queries.
 */
export async function getCatalogueEditor({ versionId }: { versionId: string }) {
  const version = await db.catalogueVersion.findUnique({
    where: { id: versionId },
    select: {
      id: true,
      number: true,
      status: true,
      publishedAt: true,
      changeNote: true,
      phases: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          key: true,
          title: true,
          titleEn: true,
          lockVersion: true,
          topics: {
            orderBy: { position: 'asc' },
            select: {
              id: true,
              heading: true,
              headingEn: true,
              lockVersion: true,
              standards: { orderBy: [{ position: 'asc' }, { number: 'asc' }], select: { key: true, number: true, retired: true, text: true } },
            },
          },
        },
      },
    },
  });
  if (!version) throw new NotFoundError('CatalogueVersion');
  const base = await findBaseVersion({ number: version.number });
  const diff = base ? await diffCatalogueVersions({ fromVersionId: base.id, toVersionId: version.id }) : null;
  const changes: Record<string, CatalogueChange> = Object.fromEntries((diff?.standards ?? []).map((standard) => [standard.key, standard.change]));
  return {
    ...version,
    base,
    changes,
    counts: diff?.counts ?? null,
    phases: version.phases.map((phase) => ({
      ...phase,
      topics: phase.topics.map((topic) => ({
        ...topic,
        standards: topic.standards.map(({ text, ...standard }) => ({ ...standard, firstLine: text.split('\n')[0] ?? '' })),
      })),
    })),
  };
}

export type CatalogueEditor = Awaited<ReturnType<typeof getCatalogueEditor>>;
