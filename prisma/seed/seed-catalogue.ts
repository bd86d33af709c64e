import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import {
  DOCUMENT_TITLE,
  DOCUMENT_TITLE_EN,
  PHASES,
  STANDARD_COUNT,
  TABLE_HEADING,
  TABLE_HEADING_EN,
  standardKey,
} from './catalogue-structure';
import { parseStandardsSource } from './parse-standards-source';
import { STANDARDS_EN } from './standards-en';

const SOURCE_FILE = path.join(process.cwd(), 'prisma', 'seed', 'standards-anlage-1.txt');

/**
 * Seeds the source document as catalogue version 1, published, with the English courtesy
 * translation (standards-en.ts, ADR 008). Idempotent: when version 1 exists nothing is written
 * (a published version never changes; a version 1 seeded before the translation existed gets
 * its English columns from seedCatalogueTranslations).
 */
export async function seedCatalogue(): Promise<{ created: boolean }> {
  const existing = await db.catalogueVersion.findUnique({ where: { number: 1 }, select: { id: true } });
  if (existing) return { created: false };

  const standards = parseStandardsSource(await readFile(SOURCE_FILE, 'utf8'));
  if (standards.length !== STANDARD_COUNT) {
    throw new Error(`Quelldokument enthält ${standards.length} statt ${STANDARD_COUNT} Standards.`);
  }
  const byNumber = new Map(standards.map((standard) => [standard.number, standard]));

  await db.$transaction(async (tx) => {
    const now = new Date();
    const version = await tx.catalogueVersion.create({
      data: {
        // A version starts as a draft and is published once it is complete (the database refuses
        // anything else: migration *_catalogue_editor).
        number: 1,
        status: 'DRAFT',
        title: DOCUMENT_TITLE,
        titleEn: DOCUMENT_TITLE_EN,
        heading: TABLE_HEADING,
        headingEn: TABLE_HEADING_EN,
        createdAt: now,
      },
      select: { id: true },
    });
    for (const [phaseIndex, phase] of PHASES.entries()) {
      await tx.phase.create({
        data: {
          versionId: version.id,
          key: phase.key,
          position: phaseIndex + 1,
          title: phase.title,
          titleEn: phase.titleEn,
          topics: {
            create: phase.topics.map((topic, topicIndex) => ({
              position: topicIndex + 1,
              heading: topic.heading,
              headingEn: topic.headingEn,
              standards: {
                create: range(topic.from, topic.to).map((number) => {
                  const standard = byNumber.get(number)!;
                  const english = STANDARDS_EN[number];
                  return {
                    versionId: version.id,
                    key: standardKey(number),
                    number,
                    position: number,
                    text: standard.text,
                    objective: standard.objective,
                    information: standard.information,
                    textEn: english?.text ?? null,
                    objectiveEn: english?.objective ?? null,
                    informationEn: standard.information === null ? null : (english?.information ?? null),
                  };
                }),
              },
            })),
          },
        },
        select: { id: true },
      });
    }
    await tx.catalogueVersion.update({
      where: { id: version.id },
      data: { status: 'PUBLISHED', changeNote: 'Erstfassung aus Anlage 1', publishedAt: now },
      select: { id: true },
    });
    await recordAuditEvent({
      db: tx,
      actorId: null,
      action: 'catalogue.published',
      subjectType: 'CatalogueVersion',
      subjectId: version.id,
      details: { number: 1, standards: STANDARD_COUNT, source: 'seed' },
    });
  });
  return { created: true };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
