import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { STANDARDS_EN } from './standards-en';

type StoredStandard = {
  id: string;
  number: number;
  information: string | null;
  textEn: string | null;
  objectiveEn: string | null;
  informationEn: string | null;
};

/**
 * Adds the English courtesy translation (standards-en.ts, ADR 008) to a catalogue version 1
 * that was seeded before the translation existed. Fills only English columns that are still
 * null (informationEn only where the German has further information); the German wording and
 * every English text already stored stay as they are. One transaction with one audit event
 * ('catalogue.translated'); a second run finds nothing to fill and writes nothing.
 */
export async function seedCatalogueTranslations(): Promise<{ translatedStandards: number }> {
  return db.$transaction(async (tx) => {
    const version = await tx.catalogueVersion.findUnique({ where: { number: 1 }, select: { id: true } });
    if (!version) return { translatedStandards: 0 };
    // Two seeds at once: the second waits here and then finds the columns filled.
    await tx.$queryRaw`SELECT "id" FROM "CatalogueVersion" WHERE "id" = ${version.id} FOR UPDATE`;

    const standards = await tx.standard.findMany({
      where: { versionId: version.id },
      orderBy: { number: 'asc' },
      select: { id: true, number: true, information: true, textEn: true, objectiveEn: true, informationEn: true },
    });
    const changes = standards.flatMap((standard) => {
      const data = missingEnglish(standard);
      return Object.keys(data).length > 0 ? [{ id: standard.id, number: standard.number, data }] : [];
    });
    if (changes.length === 0) return { translatedStandards: 0 };

    // At most 22 rows, each with its own texts: one update per row.
    for (const change of changes) {
      await tx.standard.update({ where: { id: change.id }, data: change.data, select: { id: true } });
    }
    await recordAuditEvent({
      db: tx,
      actorId: null,
      action: 'catalogue.translated',
      subjectType: 'CatalogueVersion',
      subjectId: version.id,
      details: {
        number: 1,
        language: 'en',
        standards: changes.map((change) => change.number),
        fields: changes.reduce((sum, change) => sum + Object.keys(change.data).length, 0),
        source: 'seed',
      },
    });
    return { translatedStandards: changes.length };
  });
}

/** The English columns of one stored standard that are null and have a translation. */
function missingEnglish(standard: StoredStandard) {
  const english = STANDARDS_EN[standard.number];
  const data: { textEn?: string; objectiveEn?: string; informationEn?: string } = {};
  if (!english) return data;
  if (standard.textEn === null) data.textEn = english.text;
  if (standard.objectiveEn === null) data.objectiveEn = english.objective;
  if (standard.informationEn === null && standard.information !== null && english.information !== null) {
    data.informationEn = english.information;
  }
  return data;
}
