import { db } from '@/lib/db';
import { DRAFT_STANDARD_SELECT, toStoredDraftStandard } from '@/lib/catalogue/draft-standard-select';
import { NotFoundError } from '@/lib/errors';

/**
 * One standard of a catalogue version for its edit page (/admin/catalogue/[versionId]/standards/[key]):
 * its texts as stored, lock version and who saved it last, where it stands (phase, topic) and the
 * version's number and status. One query (two when someone else saved it last).
 */
export async function getDraftStandard({ versionId, key }: { versionId: string; key: string }) {
  const row = await db.standard.findUnique({
    where: { versionId_key: { versionId, key } },
    select: {
      ...DRAFT_STANDARD_SELECT,
      version: { select: { id: true, number: true, status: true } },
      topic: { select: { heading: true, headingEn: true, phase: { select: { key: true, title: true, titleEn: true } } } },
    },
  });
  if (!row) throw new NotFoundError('Standard');
  const editor = row.updatedById ? await db.user.findUnique({ where: { id: row.updatedById }, select: { name: true } }) : null;
  return { version: row.version, topic: row.topic, standard: toStoredDraftStandard(row, editor?.name ?? null) };
}
