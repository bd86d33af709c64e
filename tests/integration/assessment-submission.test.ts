import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { seed } from '@/prisma/seed/seed';
import { submitAssessment, IncompleteAssessmentError } from '@/lib/assessments/submit-assessment';
import { saveAnswer } from '@/lib/assessments/save-answer';
import { getAssessmentView } from '@/lib/assessments/get-assessment-view';
import { reopenAssessment, transitionAssessment, withdrawAssessment } from '@/lib/assessments/transition-assessment';
import { assertProjectEditable } from '@/lib/assessments/assert-project-editable';
import { ConflictError, DomainError, NotFoundError } from '@/lib/errors';
import { addLinkEvidence } from '@/lib/evidence/add-link-evidence';
import { removeEvidence } from '@/lib/evidence/remove-evidence';
import { actorFor, COMPLETE_ANSWER, completeDraft, createTestProject, createTestUser } from '@/tests/support/factories';
import type { ScopeActor } from '@/lib/auth/scope';

let applicant: ScopeActor;

beforeAll(async () => {
  await seed({ demo: true });
  applicant = await actorFor('antrag@demo.example');
});

/** Link evidence for a standard, one version per address (through addLinkEvidence). */
async function linkEvidence(projectId: string, standardKey: string, urls: string[]) {
  const [first, ...later] = urls;
  const evidence = await addLinkEvidence({ actor: applicant, projectId, standardKey, title: 'Leitfaden', url: first! });
  for (const url of later) await addLinkEvidence({ actor: applicant, projectId, evidenceId: evidence.id, url });
  return evidence.id;
}

describe('submitAssessment', () => {
  it('refuses an incomplete self-assessment and names what is missing', async () => {
    const project = await createTestProject({ actor: applicant });
    await saveAnswer({ projectId: project.id, standardKey: 'std-05', expectedVersion: 0, answer: { ...COMPLETE_ANSWER, status: 'PARTIALLY_FULFILLED' }, actor: applicant });
    await saveAnswer({ projectId: project.id, standardKey: 'std-06', expectedVersion: 0, answer: { ...COMPLETE_ANSWER, status: 'NOT_APPLICABLE', implementation: '' }, actor: applicant });
    const error = await submitAssessment({ projectId: project.id, actor: applicant }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IncompleteAssessmentError);
    const missing = (error as IncompleteAssessmentError).missing;
    expect(missing).toHaveLength(22);
    expect(missing.find((item) => item.standardKey === 'std-01')!.problems).toEqual([
      { field: 'status', message: 'statusRequired' },
      { field: 'implementation', message: 'implementationRequired' },
    ]);
    expect(missing.find((item) => item.standardKey === 'std-05')!.problems).toEqual([
      { field: 'plannedMeasures', message: 'plannedMeasuresRequired' },
      { field: 'targetDate', message: 'targetDateRequired' },
    ]);
    expect(missing.find((item) => item.standardKey === 'std-06')!.problems).toEqual([{ field: 'implementation', message: 'reasonRequired' }]);
    expect((await getAssessmentView({ projectId: project.id, actor: applicant })).assessment.status).toBe('DRAFT');
  });

  it('freezes a complete revision with the current evidence versions; the database refuses later changes', async () => {
    const project = await createTestProject({ actor: applicant });
    const { revisionId } = await completeDraft({ actor: applicant, projectId: project.id });
    await linkEvidence(project.id, 'std-07', ['https://example.org/v1', 'https://example.org/v2']);
    const removed = await linkEvidence(project.id, 'std-08', ['https://example.org/alt']);
    await removeEvidence({ actor: applicant, projectId: project.id, evidenceId: removed });

    const result = await submitAssessment({ projectId: project.id, actor: applicant });
    expect(result.revisionNumber).toBe(1);

    const revision = await db.revision.findUniqueOrThrow({
      where: { id: revisionId },
      select: { status: true, submittedById: true, evidence: { select: { evidenceVersion: { select: { url: true } } } } },
    });
    expect(revision.status).toBe('SUBMITTED');
    expect(revision.submittedById).toBe(applicant.id);
    expect(revision.evidence.map((item) => item.evidenceVersion.url)).toEqual(['https://example.org/v2']);

    const view = await getAssessmentView({ projectId: project.id, actor: applicant });
    expect(view.assessment.status).toBe('SUBMITTED');
    expect(view.editable).toBe(false);

    // The database itself keeps the snapshot: no update, no delete, no new answer, no reopening.
    await expect(db.answer.updateMany({ where: { revisionId }, data: { implementation: 'geändert' } })).rejects.toThrow(/immutable/);
    await expect(db.answer.deleteMany({ where: { revisionId } })).rejects.toThrow(/immutable/);
    await expect(db.answer.create({ data: { revisionId, standardKey: 'std-99' } })).rejects.toThrow(/immutable/);
    await expect(db.revision.update({ where: { id: revisionId }, data: { status: 'DRAFT' } })).rejects.toThrow(/immutable/);
    await expect(db.revisionEvidence.deleteMany({ where: { revisionId } })).rejects.toThrow(/immutable/);
    expect(await db.answer.count({ where: { revisionId, implementation: 'geändert' } })).toBe(0);

    // And the domain refuses a second submission and any save.
    await expect(submitAssessment({ projectId: project.id, actor: applicant })).rejects.toSatisfy(
      (error) => error instanceof DomainError && error.code === 'projectLocked',
    );
    await expect(
      saveAnswer({ projectId: project.id, standardKey: 'std-01', expectedVersion: 1, answer: COMPLETE_ANSWER, actor: applicant }),
    ).rejects.toSatisfy((error) => error instanceof DomainError && error.code === 'projectLocked');
  });

  it('lets exactly one of two concurrent submissions win; the other is told the revision is locked', async () => {
    const project = await createTestProject({ actor: applicant });
    await completeDraft({ actor: applicant, projectId: project.id });
    await linkEvidence(project.id, 'std-07', ['https://example.org/nachweis']);
    const results = await Promise.allSettled([
      submitAssessment({ projectId: project.id, actor: applicant }),
      submitAssessment({ projectId: project.id, actor: applicant }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const loser = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect(loser.reason).toBeInstanceOf(DomainError);
    expect((loser.reason as DomainError).code).toBe('projectLocked');
    expect(await db.auditEvent.count({ where: { action: 'assessment.submit', details: { path: ['revision'], equals: 1 }, subjectId: (await db.assessment.findUniqueOrThrow({ where: { projectId: project.id }, select: { id: true } })).id } })).toBe(1);
  });

  it('waits for a save in progress and judges the saved text, never the text before it', async () => {
    const project = await createTestProject({ actor: applicant });
    await completeDraft({ actor: applicant, projectId: project.id });
    let submission: Promise<unknown> | undefined;
    // A save that empties „Umsetzung / Begründung“ holds its transaction open while „Einreichen“ starts.
    await db.$transaction(
      async (tx) => {
        const { revisionId } = await assertProjectEditable({ db: tx, projectId: project.id });
        await tx.answer.update({ where: { revisionId_standardKey: { revisionId, standardKey: 'std-01' } }, data: { implementation: '' } });
        submission = submitAssessment({ projectId: project.id, actor: applicant }).catch((error: unknown) => error);
        await new Promise((resolve) => setTimeout(resolve, 300));
      },
      { timeout: 10_000 },
    );
    const outcome = await submission;
    expect(outcome).toBeInstanceOf(IncompleteAssessmentError);
    expect((outcome as IncompleteAssessmentError).missing.map((item) => item.standardKey)).toEqual(['std-01']);
    expect((await getAssessmentView({ projectId: project.id, actor: applicant })).assessment.status).toBe('DRAFT');
  });

  it('refuses a save that arrives while the revision is being frozen', async () => {
    const project = await createTestProject({ actor: applicant });
    await completeDraft({ actor: applicant, projectId: project.id });
    const view = await getAssessmentView({ projectId: project.id, actor: applicant });
    const [submitted, saved] = await Promise.allSettled([
      submitAssessment({ projectId: project.id, actor: applicant }),
      saveAnswer({
        projectId: project.id,
        standardKey: 'std-02',
        expectedVersion: view.answers['std-02']!.version,
        answer: { ...COMPLETE_ANSWER, implementation: '' },
        actor: applicant,
      }),
    ]);
    const after = await getAssessmentView({ projectId: project.id, actor: applicant });
    if (submitted.status === 'fulfilled') {
      // The submission won: the save was refused, and the frozen answer is the complete one.
      expect(saved.status).toBe('rejected');
      expect(after.answers['std-02']!.implementation).toBe(COMPLETE_ANSWER.implementation);
    } else {
      // The save won: the submission saw the emptied answer and refused.
      expect(submitted.reason).toBeInstanceOf(IncompleteAssessmentError);
      expect(after.assessment.status).toBe('DRAFT');
    }
  });

  it('is refused for another organisation', async () => {
    const project = await createTestProject({ actor: applicant });
    await completeDraft({ actor: applicant, projectId: project.id });
    const stranger = await createTestUser({ role: 'APPLICANT', email: 'fremd-einreichen@example.org' });
    await expect(submitAssessment({ projectId: project.id, actor: stranger })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getAssessmentView({ projectId: project.id, actor: applicant })).assessment.status).toBe('DRAFT');
  });
});

describe('withdraw and reopen', () => {
  it('withdraws a submission, then continues in revision 2 while revision 1 stays readable and frozen', async () => {
    const project = await createTestProject({ actor: applicant });
    await completeDraft({ actor: applicant, projectId: project.id });
    await submitAssessment({ projectId: project.id, actor: applicant });
    await withdrawAssessment({ projectId: project.id, actor: applicant });
    let view = await getAssessmentView({ projectId: project.id, actor: applicant });
    expect(view.assessment.status).toBe('WITHDRAWN');
    expect(view.revision.withdrawnAt).not.toBeNull();
    expect(view.editable).toBe(false);

    const second = await reopenAssessment({ projectId: project.id, actor: applicant });
    expect(second.number).toBe(2);
    view = await getAssessmentView({ projectId: project.id, actor: applicant });
    expect(view.assessment.status).toBe('DRAFT');
    expect(view.revision.number).toBe(2);
    expect(view.editable).toBe(true);
    expect(view.progress).toEqual({ complete: 22, total: 22 });

    const saved = await saveAnswer({
      projectId: project.id,
      standardKey: 'std-01',
      expectedVersion: view.answers['std-01']!.version,
      answer: { ...COMPLETE_ANSWER, implementation: 'Überarbeitet' },
      actor: applicant,
    });
    expect(saved.implementation).toBe('Überarbeitet');
    const first = await getAssessmentView({ projectId: project.id, actor: applicant, revisionNumber: 1 });
    expect(first.answers['std-01']!.implementation).toBe(COMPLETE_ANSWER.implementation);
    expect(first.editable).toBe(false);
    expect(first.revision.isLatest).toBe(false);
  });

  it('refuses to withdraw once the review has started, and to reopen a draft', async () => {
    const project = await createTestProject({ actor: applicant });
    await completeDraft({ actor: applicant, projectId: project.id });
    await submitAssessment({ projectId: project.id, actor: applicant });
    const assessment = await db.assessment.findUniqueOrThrow({ where: { projectId: project.id }, select: { id: true } });
    await db.$transaction((tx) => transitionAssessment({ tx, assessmentId: assessment.id, event: 'startReview', actorId: applicant.id }));
    const error = await withdrawAssessment({ projectId: project.id, actor: applicant }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).code).toBe('transitionRefused');
    expect((error as ConflictError).current).toBe('IN_REVIEW');

    const draft = await createTestProject({ actor: applicant });
    await expect(reopenAssessment({ projectId: draft.id, actor: applicant })).rejects.toBeInstanceOf(ConflictError);
  });
});
