import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { seed } from '@/prisma/seed/seed';
import { parseStandardsSource } from '@/prisma/seed/parse-standards-source';
import { STANDARDS_EN } from '@/prisma/seed/standards-en';

const german = parseStandardsSource(readFileSync(path.join(process.cwd(), 'prisma', 'seed', 'standards-anlage-1.txt'), 'utf8'));

const STANDARD_SELECT = {
  id: true,
  number: true,
  text: true,
  objective: true,
  information: true,
  textEn: true,
  objectiveEn: true,
  informationEn: true,
} as const;

async function storedStandards() {
  return db.standard.findMany({ where: { version: { number: 1 } }, orderBy: { number: 'asc' }, select: STANDARD_SELECT });
}

/** Every row the catalogue seed writes, for comparing before and after. */
async function snapshot() {
  const [versions, phases, topics, standards, audit] = await Promise.all([
    db.catalogueVersion.findMany({ orderBy: { id: 'asc' } }),
    db.phase.findMany({ orderBy: { id: 'asc' } }),
    db.topic.findMany({ orderBy: { id: 'asc' } }),
    db.standard.findMany({ orderBy: { id: 'asc' } }),
    db.auditEvent.findMany({ orderBy: { id: 'asc' } }),
  ]);
  return { versions, phases, topics, standards, audit };
}

/** The shape of a cell: per line, whether it is a list item ("• ") or a paragraph. */
const shape = (cell: string | null) => (cell === null ? null : cell.split('\n').map((line) => (line.startsWith('• ') ? 'item' : 'paragraph')));

/**
 * Makes version 1 look as if it had been seeded before the translation existed. Version 1 is
 * published, so the database refuses such a change (migration *_catalogue_editor): the test
 * switches the rule off for this one statement, as only someone owning the table could.
 */
async function tamperWithPublishedStandards(statement: ReturnType<typeof Prisma.sql>) {
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`ALTER TABLE "Standard" DISABLE TRIGGER "Standard_published_immutable"`;
    await tx.$executeRaw(statement);
    await tx.$executeRaw`ALTER TABLE "Standard" ENABLE TRIGGER "Standard_published_immutable"`;
  });
}

const translatedEvents = () =>
  db.auditEvent.findMany({ where: { action: 'catalogue.translated' }, orderBy: { at: 'asc' }, select: { subjectId: true, details: true } });

describe('English translation of catalogue version 1', () => {
  beforeAll(async () => {
    expect(await seed({ demo: false })).toEqual({ catalogueCreated: true, catalogueTranslatedStandards: 0, legalTextsCreated: 3, demoUsersCreated: 0 });
  });

  it('gives all 22 standards an English text and objective, and further information exactly where the German has it', async () => {
    const stored = await storedStandards();
    expect(stored).toHaveLength(22);
    for (const standard of stored) {
      const english = STANDARDS_EN[standard.number]!;
      expect(standard.textEn, `text of ${standard.number}`).toBe(english.text);
      expect(standard.objectiveEn, `objective of ${standard.number}`).toBe(english.objective);
      expect(standard.informationEn, `information of ${standard.number}`).toBe(english.information);
      expect(standard.textEn!.trim()).not.toBe('');
      expect(standard.objectiveEn!.trim()).not.toBe('');
      expect(standard.informationEn === null, `information of ${standard.number}`).toBe(standard.information === null);
    }
    expect(stored.filter((standard) => standard.informationEn === null).map((standard) => standard.number)).toEqual([4, 5, 10]);
  });

  it('keeps the German list structure line for line: the same paragraphs and "• " items per cell', async () => {
    const stored = await storedStandards();
    for (const standard of stored) {
      for (const [de, en] of [
        [standard.text, standard.textEn],
        [standard.objective, standard.objectiveEn],
        [standard.information, standard.informationEn],
      ] as const) {
        expect(shape(en), `standard ${standard.number}: ${en}`).toEqual(shape(de));
      }
    }
    // The cells with lists (standards 5, 10, 19, 20, 22) keep their number of items.
    const items = (cell: string | null) => (cell ?? '').split('\n').filter((line) => line.startsWith('• ')).length;
    expect(stored.map((s) => [s.number, items(s.textEn) + items(s.objectiveEn) + items(s.informationEn)]).filter(([, n]) => n! > 0)).toEqual([
      [5, 3],
      [10, 2],
      [19, 4],
      [20, 4],
      [22, 3],
    ]);
  });

  it('leaves the German wording exactly as parsed from the source', async () => {
    const stored = await storedStandards();
    expect(stored.map(({ number, text, objective, information }) => ({ number, text, objective, information }))).toEqual(german);
  });

  it('writes the English with the rest on a fresh database: no separate translation step, nothing on a second run', async () => {
    expect(await translatedEvents()).toEqual([]);
    const before = await snapshot();
    expect(await seed({ demo: false })).toEqual({ catalogueCreated: false, catalogueTranslatedStandards: 0, legalTextsCreated: 0, demoUsersCreated: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('fills a version 1 seeded before the translation existed once, in one audited step, without touching the German', async () => {
    await tamperWithPublishedStandards(Prisma.sql`UPDATE "Standard" SET "textEn" = NULL, "objectiveEn" = NULL, "informationEn" = NULL`);
    const germanBefore = (await storedStandards()).map(({ id, text, objective, information }) => ({ id, text, objective, information }));
    const version = await db.catalogueVersion.findUniqueOrThrow({ where: { number: 1 }, select: { id: true } });

    expect(await seed({ demo: false })).toEqual({ catalogueCreated: false, catalogueTranslatedStandards: 22, legalTextsCreated: 0, demoUsersCreated: 0 });

    const stored = await storedStandards();
    expect(stored.map(({ id, text, objective, information }) => ({ id, text, objective, information }))).toEqual(germanBefore);
    for (const standard of stored) {
      expect({ text: standard.textEn, objective: standard.objectiveEn, information: standard.informationEn }).toEqual(STANDARDS_EN[standard.number]);
    }
    expect(await translatedEvents()).toEqual([
      {
        subjectId: version.id,
        details: { number: 1, language: 'en', standards: Array.from({ length: 22 }, (_, i) => i + 1), fields: 22 * 3 - 3, source: 'seed' },
      },
    ]);

    // A second run changes nothing, and records nothing.
    const before = await snapshot();
    expect(await seed({ demo: false })).toEqual({ catalogueCreated: false, catalogueTranslatedStandards: 0, legalTextsCreated: 0, demoUsersCreated: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('fills only the English columns still missing and keeps English text already stored', async () => {
    await tamperWithPublishedStandards(Prisma.sql`UPDATE "Standard" SET "textEn" = 'Kept as stored' WHERE "key" = 'std-01'`);
    await tamperWithPublishedStandards(Prisma.sql`UPDATE "Standard" SET "objectiveEn" = NULL WHERE "key" = 'std-02'`);

    expect(await seed({ demo: false })).toMatchObject({ catalogueTranslatedStandards: 1 });

    const stored = await storedStandards();
    expect(stored[0]!.textEn).toBe('Kept as stored');
    expect(stored[1]!.objectiveEn).toBe(STANDARDS_EN[2]!.objective);
    expect(stored.map(({ number, text, objective, information }) => ({ number, text, objective, information }))).toEqual(german);
    expect((await translatedEvents()).at(-1)!.details).toMatchObject({ standards: [2], fields: 1 });
  });
});
