import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { db } from '@/lib/db';
import { seed } from '@/prisma/seed/seed';
import { saveAnswer, type StoredAnswer } from '@/lib/assessments/save-answer';
import { getAssessmentView } from '@/lib/assessments/get-assessment-view';
import { ConflictError, NotFoundError, DomainError } from '@/lib/errors';
import { actorFor, COMPLETE_ANSWER, createSubmittedRevision, createTestProject, createTestUser } from '@/tests/support/factories';
import type { ScopeActor } from '@/lib/auth/scope';

let applicant: ScopeActor;
let stranger: ScopeActor;

beforeAll(async () => {
  await seed({ demo: true });
  applicant = await actorFor('antrag@demo.example');
  stranger = await createTestUser({ role: 'APPLICANT', email: 'fremd-antworten@example.org' });
});

describe('a new self-assessment', () => {
  it('is pinned to the published catalogue with 22 open answers', async () => {
    const project = await createTestProject({ actor: applicant });
    const view = await getAssessmentView({ projectId: project.id, actor: applicant });
    expect(view.assessment.status).toBe('DRAFT');
    expect(view.revision.number).toBe(1);
    expect(view.revision.catalogueVersionNumber).toBe(1);
    expect(Object.keys(view.answers)).toHaveLength(22);
    expect(Object.values(view.answers).every((answer) => answer.status === 'OPEN' && answer.version === 0)).toBe(true);
    expect(view.progress).toEqual({ complete: 0, total: 22 });
    expect(view.missing).toHaveLength(22);
    expect(view.phases.map((phase) => [phase.key, phase.total])).toEqual([
      ['GENERAL', 6],
      ['PHASE_1', 8],
      ['PHASE_2', 8],
    ]);
  });
});

describe('the pages of a self-assessment', () => {
  it('load the texts and evidence of the phase shown, and the overview none', async () => {
    const project = await createTestProject({ actor: applicant });
    const overview = await getAssessmentView({ projectId: project.id, actor: applicant });
    expect(overview.shownPhase).toBeNull();
    expect(overview.evidenceByStandard).toEqual({});
    expect(overview.standards.find((standard) => standard.key === 'std-07')?.phaseSlug).toBe('phase-1');

    const phase = await getAssessmentView({ projectId: project.id, actor: applicant, phase: 'PHASE_1' });
    const standards = phase.shownPhase!.topics.flatMap((topic) => topic.standards);
    expect(phase.shownPhase!.slug).toBe('phase-1');
    expect(standards.map((standard) => standard.key)).toEqual(['std-07', 'std-08', 'std-09', 'std-10', 'std-11', 'std-12', 'std-13', 'std-14']);
    expect(standards.every((standard) => standard.text.length > 0 && standard.objective.length > 0)).toBe(true);
    // Progress and answers still cover all 22 standards.
    expect(Object.keys(phase.answers)).toHaveLength(22);
    expect(phase.phases.map((candidate) => candidate.total)).toEqual([6, 8, 8]);
  });
});

describe('saveAnswer', () => {
  it('saves, counts the version up and records what changed', async () => {
    const project = await createTestProject({ actor: applicant });
    const saved = await saveAnswer({ projectId: project.id, standardKey: 'std-07', expectedVersion: 0, answer: COMPLETE_ANSWER, actor: applicant });
    expect(saved).toMatchObject({ ...COMPLETE_ANSWER, version: 1, updatedByName: 'Anna Antrag' });

    const second = await saveAnswer({
      projectId: project.id,
      standardKey: 'std-07',
      expectedVersion: 1,
      answer: { ...COMPLETE_ANSWER, partners: 'IHK Halle-Dessau' },
      actor: applicant,
    });
    expect(second.version).toBe(2);
    const events = await db.auditEvent.findMany({
      where: { action: 'answer.saved', subjectId: { endsWith: ':std-07' } },
      orderBy: { at: 'asc' },
      select: { details: true, subjectId: true },
    });
    const mine = events.filter((event) => (event.details as { after: Record<string, unknown> }).after.partners === 'IHK Halle-Dessau');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.details).toEqual({ version: 2, before: { partners: 'IHK Magdeburg' }, after: { partners: 'IHK Halle-Dessau' } });

    const view = await getAssessmentView({ projectId: project.id, actor: applicant });
    expect(view.progress.complete).toBe(1);
    expect(view.missing.map((item) => item.standardKey)).not.toContain('std-07');
  });

  it('refuses a stale version with a conflict that carries the stored answer, and overwrites nothing', async () => {
    const project = await createTestProject({ actor: applicant });
    await saveAnswer({ projectId: project.id, standardKey: 'std-01', expectedVersion: 0, answer: { ...COMPLETE_ANSWER, implementation: 'Fassung A' }, actor: applicant });
    const attempt = saveAnswer({
      projectId: project.id,
      standardKey: 'std-01',
      expectedVersion: 0,
      answer: { ...COMPLETE_ANSWER, implementation: 'Fassung B' },
      actor: applicant,
    });
    const error = await attempt.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<StoredAnswer>).code).toBe('answerConflict');
    expect((error as ConflictError<StoredAnswer>).current).toMatchObject({ implementation: 'Fassung A', version: 1, updatedByName: 'Anna Antrag' });
    const view = await getAssessmentView({ projectId: project.id, actor: applicant });
    expect(view.answers['std-01']).toMatchObject({ implementation: 'Fassung A', version: 1 });
  });

  it('lets exactly one of two concurrent saves of the same version win', async () => {
    const project = await createTestProject({ actor: applicant });
    const results = await Promise.allSettled(
      ['Erste', 'Zweite'].map((text) =>
        saveAnswer({ projectId: project.id, standardKey: 'std-02', expectedVersion: 0, answer: { ...COMPLETE_ANSWER, implementation: text }, actor: applicant }),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
  });

  it('enforces the 5,000-character limit and keeps the stored answer', async () => {
    const project = await createTestProject({ actor: applicant });
    const tooLong = saveAnswer({
      projectId: project.id,
      standardKey: 'std-03',
      expectedVersion: 0,
      answer: { ...COMPLETE_ANSWER, implementation: 'x'.repeat(5001) },
      actor: applicant,
    });
    await expect(tooLong).rejects.toSatisfy((error) => error instanceof z.ZodError && error.issues[0]!.message === 'tooLong');
    const ok = await saveAnswer({ projectId: project.id, standardKey: 'std-03', expectedVersion: 0, answer: { ...COMPLETE_ANSWER, implementation: 'x'.repeat(5000) }, actor: applicant });
    expect(ok.implementation).toHaveLength(5000);
  });

  it('stores HTML as plain text', async () => {
    const project = await createTestProject({ actor: applicant });
    const html = '<script>alert(1)</script><b>fett</b>';
    const saved = await saveAnswer({ projectId: project.id, standardKey: 'std-04', expectedVersion: 0, answer: { ...COMPLETE_ANSWER, implementation: html }, actor: applicant });
    expect(saved.implementation).toBe(html);
  });

  it('answers a project of another organisation with NotFound, never data', async () => {
    const project = await createTestProject({ actor: applicant });
    await expect(
      saveAnswer({ projectId: project.id, standardKey: 'std-01', expectedVersion: 0, answer: COMPLETE_ANSWER, actor: stranger }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(getAssessmentView({ projectId: project.id, actor: stranger })).rejects.toBeInstanceOf(NotFoundError);
    const view = await getAssessmentView({ projectId: project.id, actor: applicant });
    expect(view.answers['std-01']!.version).toBe(0);
  });

  it('refuses an unknown standard key', async () => {
    const project = await createTestProject({ actor: applicant });
    await expect(
      saveAnswer({ projectId: project.id, standardKey: 'std-99', expectedVersion: 0, answer: COMPLETE_ANSWER, actor: applicant }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses changes once the revision is submitted', async () => {
    const project = await createTestProject({ actor: applicant });
    await createSubmittedRevision({ actor: applicant, projectId: project.id });
    await expect(
      saveAnswer({ projectId: project.id, standardKey: 'std-01', expectedVersion: 0, answer: COMPLETE_ANSWER, actor: applicant }),
    ).rejects.toSatisfy((error) => error instanceof DomainError && error.code === 'projectLocked');
  });
});
