import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { ScopeActor } from '@/lib/auth/scope';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { createProject } from '@/lib/projects/create-project';
import { getProject } from '@/lib/projects/get-project';
import { listProjects } from '@/lib/projects/list-projects';
import { updateProject } from '@/lib/projects/update-project';
import { reopenAssessment, withdrawAssessment } from '@/lib/assessments/transition-assessment';
import { seed } from '@/prisma/seed/seed';
import { actorFor, createSubmittedRevision, createTestUser } from '@/tests/support/factories';

let applicant: ScopeActor;
let stranger: ScopeActor;
let officer: ScopeActor;

const profile = (overrides: Record<string, unknown> = {}) => ({
  title: 'Pflegefachkräfte aus Vietnam',
  description: 'Anwerbung, Sprachkurse und Begleitung beim Ankommen.',
  startDate: '2027-01-01',
  endDate: '2028-12-31',
  targetGroup: 'SKILLED_WORKERS',
  plannedParticipants: '24',
  countries: ['VN', 'PL'],
  occupations: 'Pflege',
  region: 'magdeburg',
  ...overrides,
});

/** The i18n keys of a zod error (zod/mini throws a core $ZodError), per field. */
async function fieldErrors(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(z.core.$ZodError);
  const result: Record<string, string[]> = {};
  for (const issue of (error as z.core.$ZodError).issues) (result[issue.path.join('.')] ??= []).push(issue.message);
  return result;
}

beforeAll(async () => {
  await seed({ demo: true });
  applicant = await actorFor('antrag@demo.example');
  officer = await actorFor('pruefung@demo.example');
  stranger = await createTestUser({ role: 'APPLICANT', email: 'fremd@projects.example', name: 'Fritz Fremd' });
});

describe('createProject', () => {
  it('creates the project with its draft self-assessment: revision 1 on the published catalogue, 22 open answers, audit events', async () => {
    const { id } = await createProject({ actor: applicant, input: profile({ countries: ['PL', 'VN', 'PL'] }) });
    const project = await db.project.findUniqueOrThrow({
      where: { id },
      select: {
        organisationId: true,
        createdById: true,
        title: true,
        startDate: true,
        endDate: true,
        plannedParticipants: true,
        countries: true,
        assessment: {
          select: {
            id: true,
            status: true,
            revisions: { select: { number: true, status: true, catalogueVersion: { select: { status: true, number: true } }, answers: { select: { status: true, standardKey: true } } } },
          },
        },
      },
    });
    expect(project).toMatchObject({
      organisationId: applicant.organisationId,
      createdById: applicant.id,
      title: 'Pflegefachkräfte aus Vietnam',
      plannedParticipants: 24,
      countries: ['PL', 'VN'],
      startDate: new Date('2027-01-01T00:00:00Z'),
      endDate: new Date('2028-12-31T00:00:00Z'),
    });
    expect(project.assessment!.status).toBe('DRAFT');
    const [revision] = project.assessment!.revisions;
    expect(project.assessment!.revisions).toHaveLength(1);
    expect(revision).toMatchObject({ number: 1, status: 'DRAFT', catalogueVersion: { status: 'PUBLISHED', number: 1 } });
    expect(revision!.answers).toHaveLength(22);
    expect(new Set(revision!.answers.map((answer) => answer.status))).toEqual(new Set(['OPEN']));

    const events = await db.auditEvent.findMany({
      where: { OR: [{ subjectId: id }, { subjectId: project.assessment!.id }] },
      select: { action: true, actorId: true },
      orderBy: { at: 'asc' },
    });
    expect(events.map((event) => event.action).sort()).toEqual(['assessment.started', 'project.created']);
    expect(events.every((event) => event.actorId === applicant.id)).toBe(true);
  });

  it('refuses invalid input with i18n keys per field and writes nothing', async () => {
    const before = await db.project.count();
    expect(
      await fieldErrors(
        createProject({
          actor: applicant,
          input: profile({ title: ' ', startDate: '2028-01-01', endDate: '2027-12-31', plannedParticipants: '0', countries: [], region: 'berlin', targetGroup: '' }),
        }),
      ),
    ).toEqual({
      title: ['required'],
      plannedParticipants: ['participantsPositive'],
      countries: ['countriesRequired'],
      region: ['regionRequired'],
      targetGroup: ['targetGroupRequired'],
      endDate: ['endBeforeStart'],
    });
    expect(await fieldErrors(createProject({ actor: applicant, input: profile({ plannedParticipants: '2,5' }) }))).toEqual({
      plannedParticipants: ['participantsInvalid'],
    });
    expect(await fieldErrors(createProject({ actor: applicant, input: profile({ plannedParticipants: '' , startDate: '' }) }))).toEqual({
      plannedParticipants: ['required'],
      startDate: ['required'],
    });
    expect(await fieldErrors(createProject({ actor: applicant, input: profile({ startDate: '2027-02-30', countries: ['XX'] }) }))).toEqual({
      startDate: ['dateInvalid'],
      'countries.0': ['countryInvalid'],
    });
    expect(
      await fieldErrors(
        createProject({
          actor: applicant,
          input: profile({ title: 'x'.repeat(201), description: 'x'.repeat(2001), occupations: 'x'.repeat(501), plannedParticipants: 100_001 }),
        }),
      ),
    ).toEqual({ title: ['max200'], description: ['max2000'], occupations: ['max500'], plannedParticipants: ['participantsTooMany'] });
    // The limits themselves are allowed, and one day is a valid duration.
    await expect(
      createProject({
        actor: applicant,
        input: profile({ title: 'x'.repeat(200), description: 'x'.repeat(2000), occupations: 'x'.repeat(500), startDate: '2027-05-05', endDate: '2027-05-05' }),
      }),
    ).resolves.toHaveProperty('id');
    expect(await db.project.count()).toBe(before + 1);
  });

  it('is refused for actors without an organisation', async () => {
    await expect(createProject({ actor: officer, input: profile() })).rejects.toMatchObject({ code: 'noOrganisation' });
  });
});

describe('scoping', () => {
  it('gives another organisation NotFoundError on get and update, and lists only its own projects', async () => {
    const { id } = await createProject({ actor: applicant, input: profile({ title: 'Nur für die eigene Organisation' }) });
    await expect(getProject({ actor: stranger, projectId: id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateProject({ actor: stranger, projectId: id, input: profile({ title: 'Übernommen' }) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getProject({ actor: applicant, projectId: 'does-not-exist' })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getProject({ actor: applicant, projectId: id })).title).toBe('Nur für die eigene Organisation');

    const own = await createProject({ actor: stranger, input: profile({ title: 'Projekt des fremden Trägers' }) });
    const strangersList = await listProjects({ actor: stranger });
    expect(strangersList.rows.map((row) => row.id)).toEqual([own.id]);
    expect(strangersList.total).toBe(1);
    const applicantsList = await listProjects({ actor: applicant, query: { page: '1' } });
    expect(applicantsList.rows.map((row) => row.id)).not.toContain(own.id);
    expect(applicantsList.total).toBe(await db.project.count({ where: { organisationId: applicant.organisationId! } }));
  });

  it('shows officers nothing that was never submitted', async () => {
    const { id } = await createProject({ actor: applicant, input: profile() });
    await expect(getProject({ actor: officer, projectId: id })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('updateProject', () => {
  it('refuses to overwrite a change made since the form was opened', async () => {
    const { id } = await createProject({ actor: applicant, input: profile() });
    const opened = (await getProject({ actor: applicant, projectId: id })).updatedAt.toISOString();
    await updateProject({ actor: applicant, projectId: id, expectedUpdatedAt: opened, input: profile({ title: 'Kollegin war schneller' }) });
    const late = updateProject({ actor: applicant, projectId: id, expectedUpdatedAt: opened, input: profile({ title: 'Meine Fassung' }) });
    await expect(late).rejects.toBeInstanceOf(ConflictError);
    await expect(late).rejects.toMatchObject({ code: 'projectChanged' });
    expect((await getProject({ actor: applicant, projectId: id })).title).toBe('Kollegin war schneller');
    expect(await db.auditEvent.count({ where: { subjectId: id, action: 'project.updated' } })).toBe(1);
  });

  it('changes the profile and records what changed', async () => {
    const { id } = await createProject({ actor: applicant, input: profile() });
    await updateProject({ actor: applicant, projectId: id, input: profile({ title: 'Neuer Titel', countries: ['UA'], plannedParticipants: 30 }) });
    const project = await getProject({ actor: applicant, projectId: id });
    expect(project).toMatchObject({ title: 'Neuer Titel', countries: ['UA'], plannedParticipants: 30, editable: true, assessmentStatus: 'DRAFT' });
    const event = await db.auditEvent.findFirstOrThrow({ where: { subjectId: id, action: 'project.updated' }, select: { details: true, actorId: true } });
    expect(event.actorId).toBe(applicant.id);
    expect(event.details).toEqual({
      changes: {
        title: { before: 'Pflegefachkräfte aus Vietnam', after: 'Neuer Titel' },
        countries: { before: ['PL', 'VN'], after: ['UA'] },
        plannedParticipants: { before: 24, after: 30 },
      },
    });
  });

  it('validates like creation', async () => {
    const { id } = await createProject({ actor: applicant, input: profile() });
    expect(await fieldErrors(updateProject({ actor: applicant, projectId: id, input: profile({ endDate: '2026-12-31' }) }))).toEqual({
      endDate: ['endBeforeStart'],
    });
  });

  it('is refused once the latest revision is submitted, and allowed again on a new draft', async () => {
    const { id } = await createProject({ actor: applicant, input: profile({ title: 'Eingereicht' }) });
    await createSubmittedRevision({ actor: applicant, projectId: id });

    await expect(updateProject({ actor: applicant, projectId: id, input: profile({ title: 'Geändert' }) })).rejects.toMatchObject({ code: 'projectLocked' });
    const project = await getProject({ actor: applicant, projectId: id });
    expect(project).toMatchObject({ title: 'Eingereicht', editable: false, assessmentStatus: 'SUBMITTED', revisionNumber: 1 });
    expect(await db.auditEvent.count({ where: { subjectId: id, action: 'project.updated' } })).toBe(0);

    await withdrawAssessment({ projectId: id, actor: applicant });
    await reopenAssessment({ projectId: id, actor: applicant });
    await updateProject({ actor: applicant, projectId: id, input: profile({ title: 'Überarbeitet' }) });
    expect((await getProject({ actor: applicant, projectId: id })).title).toBe('Überarbeitet');
  });
});
