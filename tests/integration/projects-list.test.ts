import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { ScopeActor } from '@/lib/auth/scope';
import { createProject } from '@/lib/projects/create-project';
import { listProjects } from '@/lib/projects/list-projects';
import { seed } from '@/prisma/seed/seed';
import { actorFor, createOrganisation } from '@/tests/support/factories';

let applicant: ScopeActor;
const ids: Record<string, string> = {};

const profile = (title: string, startDate: string) => ({
  title,
  description: 'Beschreibung',
  startDate,
  endDate: '2030-12-31',
  targetGroup: 'APPRENTICES',
  plannedParticipants: 5,
  countries: ['IN'],
  occupations: 'Metallbau',
  region: 'statewide',
});

beforeAll(async () => {
  await seed({ demo: true });
  applicant = await actorFor('antrag@demo.example');
  // 23 projects: two pages of 20. Titles "Projekt 01" … "Projekt 23", start dates in reverse order.
  for (let i = 1; i <= 23; i++) {
    const number = String(i).padStart(2, '0');
    const { id } = await createProject({ actor: applicant, input: profile(`Projekt ${number}`, `2027-01-${String(24 - i).padStart(2, '0')}`) });
    ids[number] = id;
  }
});

const titles = (rows: { title: string }[]) => rows.map((row) => row.title);
const expected = (numbers: number[]) => numbers.map((n) => `Projekt ${String(n).padStart(2, '0')}`);
const range = (from: number, to: number) => Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => (from <= to ? from + i : from - i));

describe('listProjects', () => {
  it('sorts by title both ways and pages by 20', async () => {
    const first = await listProjects({ actor: applicant, query: { sort: 'title', dir: 'asc' } });
    expect(first).toMatchObject({ total: 23, page: 1, pageCount: 2, pageSize: 20, sort: 'title', dir: 'asc' });
    expect(titles(first.rows)).toEqual(expected(range(1, 20)));
    const second = await listProjects({ actor: applicant, query: { sort: 'title', dir: 'asc', page: '2' } });
    expect(titles(second.rows)).toEqual(expected(range(21, 23)));
    const descending = await listProjects({ actor: applicant, query: { sort: 'title', dir: 'desc' } });
    expect(titles(descending.rows)).toEqual(expected(range(23, 4)));
  });

  it('sorts by start date and by last change', async () => {
    const byStart = await listProjects({ actor: applicant, query: { sort: 'startDate', dir: 'asc' } });
    expect(titles(byStart.rows)).toEqual(expected(range(23, 4)));
    await db.project.update({ where: { id: ids['05']! }, data: { updatedAt: new Date('2099-01-01T00:00:00Z') } });
    const byChange = await listProjects({ actor: applicant, query: {} });
    expect(byChange).toMatchObject({ sort: 'updatedAt', dir: 'desc' });
    expect(byChange.rows[0]!.title).toBe('Projekt 05');
    const oldestFirst = await listProjects({ actor: applicant, query: { sort: 'updatedAt', dir: 'asc', page: '2' } });
    expect(oldestFirst.rows.at(-1)!.title).toBe('Projekt 05');
  });

  it('sorts by the status of the self-assessment', async () => {
    await db.assessment.update({ where: { projectId: ids['07']! }, data: { status: 'ACCEPTED' } });
    await db.assessment.update({ where: { projectId: ids['08']! }, data: { status: 'SUBMITTED' } });
    try {
      const descending = await listProjects({ actor: applicant, query: { sort: 'status', dir: 'desc' } });
      expect(descending.rows.slice(0, 2).map((row) => [row.title, row.assessmentStatus])).toEqual([
        ['Projekt 07', 'ACCEPTED'],
        ['Projekt 08', 'SUBMITTED'],
      ]);
      expect(descending.rows.slice(2).every((row) => row.assessmentStatus === 'DRAFT')).toBe(true);
    } finally {
      await db.assessment.updateMany({ where: { projectId: { in: [ids['07']!, ids['08']!] } }, data: { status: 'DRAFT' } });
    }
  });

  it('falls back to the defaults for unknown parameters and clamps the page', async () => {
    const list = await listProjects({ actor: applicant, query: { sort: 'id; drop', dir: 'sideways', page: '99' } });
    expect(list).toMatchObject({ sort: 'updatedAt', dir: 'desc', page: 2, pageCount: 2 });
    expect(list.rows).toHaveLength(3);
    expect((await listProjects({ actor: applicant, query: { page: ['1', '2'] } })).page).toBe(1);
  });

  it('computes progress as complete answers of the latest revision / its answers', async () => {
    const revision = await db.revision.findFirstOrThrow({ where: { assessment: { projectId: ids['03']! } }, select: { id: true } });
    const answers = await db.answer.findMany({ where: { revisionId: revision.id }, orderBy: { standardKey: 'asc' }, select: { id: true } });
    // Two complete answers, one incomplete (partially fulfilled needs planned measures and a target date).
    await db.answer.update({ where: { id: answers[0]!.id }, data: { status: 'FULFILLED', implementation: 'Sprachkurse ab dem ersten Tag.' } });
    await db.answer.update({ where: { id: answers[1]!.id }, data: { status: 'NOT_APPLICABLE', implementation: 'Keine Auszubildenden.' } });
    await db.answer.update({ where: { id: answers[2]!.id }, data: { status: 'PARTIALLY_FULFILLED', implementation: 'Teilweise.' } });

    const list = await listProjects({ actor: applicant, query: { sort: 'title', dir: 'asc' } });
    const row = (number: string) => list.rows.find((candidate) => candidate.id === ids[number])!;
    expect(row('03').progress).toEqual({ complete: 2, total: 22 });
    expect(row('04').progress).toEqual({ complete: 0, total: 22 });
    expect(row('03').assessmentStatus).toBe('DRAFT');

    // A newer revision counts, not the old one.
    const assessment = await db.assessment.findUniqueOrThrow({ where: { projectId: ids['03']! }, select: { id: true } });
    const catalogue = await db.catalogueVersion.findFirstOrThrow({ where: { status: 'PUBLISHED' }, select: { id: true } });
    await db.revision.update({ where: { id: revision.id }, data: { status: 'SUBMITTED', submittedAt: new Date() } });
    await db.revision.create({
      data: {
        assessmentId: assessment.id,
        number: 2,
        catalogueVersionId: catalogue.id,
        answers: { createMany: { data: [{ standardKey: 'std-01', status: 'FULFILLED', implementation: 'Ja.' }, { standardKey: 'std-02' }] } },
      },
    });
    const after = await listProjects({ actor: applicant, query: { sort: 'title', dir: 'asc' } });
    expect(after.rows.find((candidate) => candidate.id === ids['03'])!.progress).toEqual({ complete: 1, total: 2 });
  });

  it('shows an applicant without projects an empty list', async () => {
    const other = await createOrganisation({ name: 'Leerer Träger' });
    const list = await listProjects({ actor: other.applicant });
    expect(list).toMatchObject({ rows: [], total: 0, page: 1, pageCount: 1 });
  });
});
