import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { seed } from '@/prisma/seed/seed';
import { parseStandardsSource } from '@/prisma/seed/parse-standards-source';
import { getPublishedCatalogue, type PublishedCatalogue } from '@/lib/catalogue/get-published-catalogue';
import { DEMO_ORGANISATION, DEMO_USERS } from '@/prisma/seed/seed-demo';

const source = readFileSync(path.join(process.cwd(), 'prisma', 'seed', 'standards-anlage-1.txt'), 'utf8');

/** Every row of every table the seed writes, for comparing before and after. */
async function snapshot() {
  const [versions, phases, topics, standards, organisations, users, audit] = await Promise.all([
    db.catalogueVersion.findMany({ orderBy: { id: 'asc' } }),
    db.phase.findMany({ orderBy: { id: 'asc' } }),
    db.topic.findMany({ orderBy: { id: 'asc' } }),
    db.standard.findMany({ orderBy: { id: 'asc' } }),
    db.organisation.findMany({ orderBy: { id: 'asc' } }),
    db.user.findMany({ orderBy: { id: 'asc' } }),
    db.auditEvent.findMany({ orderBy: { id: 'asc' } }),
  ]);
  return { versions, phases, topics, standards, organisations, users, audit };
}

describe('seed', () => {
  let catalogue: PublishedCatalogue;

  beforeAll(async () => {
    const first = await seed({ demo: true });
    expect(first).toEqual({ catalogueCreated: true, catalogueTranslatedStandards: 0, legalTextsCreated: 3, demoUsersCreated: 3 });
    catalogue = (await getPublishedCatalogue())!;
  });

  it('publishes catalogue version 1 with exactly 22 standards', async () => {
    expect(catalogue.number).toBe(1);
    expect(await db.standard.count({ where: { versionId: catalogue.id } })).toBe(22);
    const standards = catalogue.phases.flatMap((p) => p.topics.flatMap((t) => t.standards));
    expect(standards.map((s) => s.key)).toEqual(Array.from({ length: 22 }, (_, i) => `std-${String(i + 1).padStart(2, '0')}`));
    expect(catalogue.title).toBe(
      'Anlage 1: Übersicht über Standards für Projekte mit der Zielstellung der Anwerbung von Fachkräften aus dem Ausland',
    );
  });

  it('groups the standards into the three phases and six topics of the source', () => {
    expect(catalogue.phases.map((p) => [p.key, p.title])).toEqual([
      ['GENERAL', 'Grundsätzliche Erwartungen'],
      ['PHASE_1', 'Phase I: Ansprache und Information'],
      ['PHASE_2', 'Phase II: Umzug und Integration'],
    ]);
    const groups = catalogue.phases.map((p) => p.topics.map((t) => t.standards.map((s) => s.number)));
    expect(groups).toEqual([
      [[1, 2, 3, 4, 5, 6]],
      [[7, 8], [9, 10], [11, 12, 13, 14]],
      [[15, 16, 17], [18, 19, 20, 21, 22]],
    ]);
    expect(catalogue.phases[2]!.topics[0]!.heading).toBe(
      'Unterstützung der Zuwandernden bei Wohnungssuche, Umzug und den ersten Schritten in Sachsen-Anhalt',
    );
  });

  it('stores each standard word for word from the source', () => {
    const expected = parseStandardsSource(source);
    const stored = catalogue.phases.flatMap((p) => p.topics.flatMap((t) => t.standards));
    for (const standard of expected) {
      const row = stored.find((s) => s.number === standard.number)!;
      expect({ text: row.text, objective: row.objective, information: row.information }).toEqual({
        text: standard.text,
        objective: standard.objective,
        information: standard.information,
      });
    }
    expect(stored[17]!.text).toContain('Ansprechperson/ ("Kümmerer")');
  });

  it('records the publication in the audit log', async () => {
    const events = await db.auditEvent.findMany({ where: { action: 'catalogue.published' }, select: { subjectId: true } });
    expect(events).toEqual([{ subjectId: catalogue.id }]);
  });

  it('creates the demo organisation and one confirmed account per role', async () => {
    const users = await db.user.findMany({
      where: { email: { in: DEMO_USERS.map((u) => u.email) } },
      select: { email: true, role: true, emailConfirmedAt: true, passwordHash: true, organisation: { select: { name: true } } },
      orderBy: { email: 'asc' },
    });
    expect(users.map((u) => [u.email, u.role, u.organisation?.name ?? null])).toEqual([
      ['admin@demo.example', 'ADMIN', null],
      ['antrag@demo.example', 'APPLICANT', DEMO_ORGANISATION.name],
      ['pruefung@demo.example', 'OFFICER', null],
    ]);
    for (const user of users) {
      expect(user.emailConfirmedAt).not.toBeNull();
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    }
  });

  it('changes nothing when run again', async () => {
    const before = await snapshot();
    expect(await seed({ demo: true })).toEqual({ catalogueCreated: false, catalogueTranslatedStandards: 0, legalTextsCreated: 0, demoUsersCreated: 0 });
    expect(await snapshot()).toEqual(before);
  });
});
