import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { seed } from '@/prisma/seed/seed';
import type { ScopeActor } from '@/lib/auth/scope';
import { saveAnswer } from '@/lib/assessments/save-answer';
import { submitAssessment } from '@/lib/assessments/submit-assessment';
import { reopenAssessment, withdrawAssessment } from '@/lib/assessments/transition-assessment';
import { getAssessmentView } from '@/lib/assessments/get-assessment-view';
import { getProject } from '@/lib/projects/get-project';
import { updateProject } from '@/lib/projects/update-project';
import { ConflictError, DomainError, NotFoundError } from '@/lib/errors';
import { takeAssessment } from '@/lib/review/take-assessment';
import { handOverAssessment } from '@/lib/review/hand-over-assessment';
import { setVerdict } from '@/lib/review/set-verdict';
import { addComment } from '@/lib/review/add-comment';
import { changeComment } from '@/lib/review/change-comment';
import { decideAssessment } from '@/lib/review/decide-assessment';
import { resolveProposal } from '@/lib/review/resolve-proposal';
import { getReviewView } from '@/lib/review/get-review-view';
import { COMPLETE_ANSWER, actorFor, createSubmittedRevision, createTestProject, createTestUser } from '@/tests/support/factories';

let applicant: ScopeActor;
let officer: ScopeActor;
let secondOfficer: ScopeActor;

beforeAll(async () => {
  await seed({ demo: true });
  applicant = await actorFor('antrag@demo.example');
  officer = await actorFor('pruefung@demo.example');
  secondOfficer = await createTestUser({ role: 'OFFICER', name: 'Otto Zweitprüfer' });
});

/** A submitted self-assessment: its ids. */
async function submitted() {
  const project = await createTestProject({ actor: applicant });
  await createSubmittedRevision({ actor: applicant, projectId: project.id });
  const { id: assessmentId } = await db.assessment.findUniqueOrThrow({ where: { projectId: project.id }, select: { id: true } });
  return { projectId: project.id, title: project.title, assessmentId };
}

async function statusOf(assessmentId: string) {
  return (await db.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { status: true } })).status;
}

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainError);

describe('taking a submission', () => {
  it('„Übernehmen“ assigns it and starts the review; the applicant can no longer withdraw', async () => {
    const { projectId, assessmentId } = await submitted();
    await takeAssessment({ assessmentId, actor: officer });
    const row = await db.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { status: true, assignedToId: true, submittedAt: true } });
    expect(row).toMatchObject({ status: 'IN_REVIEW', assignedToId: officer.id });
    expect(row.submittedAt).toBeInstanceOf(Date);
    const error = await refusal(withdrawAssessment({ projectId, actor: applicant }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error?.details).toBe('IN_REVIEW');
  });

  it('of two officers taking it at once, exactly one wins', async () => {
    const { assessmentId } = await submitted();
    const results = await Promise.allSettled([takeAssessment({ assessmentId, actor: officer }), takeAssessment({ assessmentId, actor: secondOfficer })]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: 'transitionRefused', details: 'IN_REVIEW' });
  });

  it('applicants cannot take, and a forged id is not found', async () => {
    const { assessmentId } = await submitted();
    expect(await refusal(takeAssessment({ assessmentId, actor: applicant }))).toMatchObject({ code: 'forbidden' });
    expect(await refusal(takeAssessment({ assessmentId: 'forged', actor: officer }))).toBeInstanceOf(NotFoundError);
  });

  it('„Abgeben“ hands it to another officer with a note and tells them', async () => {
    const { assessmentId } = await submitted();
    await takeAssessment({ assessmentId, actor: officer });
    await handOverAssessment({ assessmentId, actor: officer, input: { officerId: secondOfficer.id, note: 'Bitte übernehmen, ich bin im Urlaub.' } });
    expect((await db.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { assignedToId: true } })).assignedToId).toBe(secondOfficer.id);
    expect(await db.notification.count({ where: { userId: secondOfficer.id, kind: 'ASSIGNED', assessmentId } })).toBe(1);
    expect(await refusal(handOverAssessment({ assessmentId, actor: officer, input: { officerId: applicant.id, note: 'x' } }))).toMatchObject({ code: 'invalid' });
  });
});

describe('verdicts and decisions', () => {
  it('verdicts need the assignee and IN_REVIEW; „Überarbeitung anfordern“ needs one marked and opens a new draft', async () => {
    const { projectId, assessmentId } = await submitted();
    expect(await refusal(setVerdict({ assessmentId, actor: officer, input: { standardKey: 'std-01', verdict: 'OK' } }))).toMatchObject({ code: 'transitionRefused', details: 'SUBMITTED' });
    await takeAssessment({ assessmentId, actor: officer });
    expect(await refusal(setVerdict({ assessmentId, actor: secondOfficer, input: { standardKey: 'std-01', verdict: 'OK' } }))).toMatchObject({ code: 'notAssignee' });
    await setVerdict({ assessmentId, actor: officer, input: { standardKey: 'std-01', verdict: 'OK' } });
    expect(await refusal(decideAssessment({ assessmentId, actor: officer, input: { kind: 'CHANGES_REQUESTED', reason: 'Bitte ergänzen', dueDate: null } }))).toMatchObject({ code: 'verdictRequired' });
    await setVerdict({ assessmentId, actor: officer, input: { standardKey: 'std-02', verdict: 'NEEDS_REVISION' } });
    await decideAssessment({ assessmentId, actor: officer, input: { kind: 'CHANGES_REQUESTED', reason: 'Bitte Standard 2 ergänzen', dueDate: '2027-03-01' } });
    expect(await statusOf(assessmentId)).toBe('CHANGES_REQUESTED');
    const view = await getAssessmentView({ projectId, actor: applicant });
    expect(view.revision).toMatchObject({ number: 2, status: 'DRAFT' });
    expect(view.editable).toBe(true);
    expect(view.answers['std-02']).toMatchObject({ status: COMPLETE_ANSWER.status, implementation: COMPLETE_ANSWER.implementation });
    // The applicant sees the verdicts of the revision sent back, and the decision.
    const review = await getReviewView({ projectId, actor: applicant });
    expect(review.verdicts).toEqual({ 'std-01': 'OK', 'std-02': 'NEEDS_REVISION' });
    expect(review.decision).toMatchObject({ kind: 'CHANGES_REQUESTED', reason: 'Bitte Standard 2 ergänzen', dueDate: '2027-03-01' });
    expect(await db.notification.count({ where: { userId: applicant.id, kind: 'DECISION_MADE', assessmentId } })).toBe(1);
    // Verdicts and the decision are final.
    await expect(db.standardVerdict.updateMany({ where: { standardKey: 'std-01', revision: { assessmentId } }, data: { verdict: 'NEEDS_REVISION' } })).rejects.toThrow(/verdict refused/);
    await expect(db.decision.updateMany({ where: { revision: { assessmentId } }, data: { reason: 'anders' } })).rejects.toThrow(/decisions are immutable/);
    await expect(db.decision.deleteMany({ where: { revision: { assessmentId } } })).rejects.toThrow(/decisions are immutable/);
  });

  it('reasons are required for Ablehnen and Überarbeitung anfordern (the schema) — and a decision on a draft is refused naming the status', async () => {
    const { decideAssessmentSchema } = await import('@/lib/review/decide-assessment-schema');
    expect(decideAssessmentSchema.safeParse({ kind: 'REJECTED', reason: '  ', dueDate: null }).success).toBe(false);
    expect(decideAssessmentSchema.safeParse({ kind: 'CHANGES_REQUESTED', reason: '', dueDate: null }).success).toBe(false);
    expect(decideAssessmentSchema.safeParse({ kind: 'ACCEPTED', reason: '', dueDate: null }).success).toBe(true);
    const project = await createTestProject({ actor: applicant });
    await createSubmittedRevision({ actor: applicant, projectId: project.id });
    const { id: assessmentId } = await db.assessment.findUniqueOrThrow({ where: { projectId: project.id }, select: { id: true } });
    await withdrawAssessment({ projectId: project.id, actor: applicant });
    await reopenAssessment({ projectId: project.id, actor: applicant });
    expect(await refusal(decideAssessment({ assessmentId, actor: officer, input: { kind: 'ACCEPTED', reason: '', dueDate: null } }))).toMatchObject({ code: 'transitionRefused', details: 'DRAFT' });
  });

  it('resubmission → diff against the previous revision → „Annehmen“ ends it; comments then are refused', async () => {
    const { projectId, assessmentId } = await submitted();
    await takeAssessment({ assessmentId, actor: officer });
    await setVerdict({ assessmentId, actor: officer, input: { standardKey: 'std-03', verdict: 'NEEDS_REVISION' } });
    await decideAssessment({ assessmentId, actor: officer, input: { kind: 'CHANGES_REQUESTED', reason: 'Standard 3 genauer', dueDate: null } });
    const draft = await getAssessmentView({ projectId, actor: applicant });
    await saveAnswer({ actor: applicant, projectId, standardKey: 'std-03', expectedVersion: draft.answers['std-03']!.version, answer: { ...COMPLETE_ANSWER, implementation: 'Umgesetzt durch monatliche Informationsveranstaltungen.' } });
    await submitAssessment({ projectId, actor: applicant });
    expect(await statusOf(assessmentId)).toBe('SUBMITTED');
    // The first submission went to every officer, the resubmission to the assignee only.
    expect(await db.notification.count({ where: { userId: officer.id, kind: 'SUBMISSION_RECEIVED', assessmentId } })).toBe(2);
    expect(await db.notification.count({ where: { userId: secondOfficer.id, kind: 'SUBMISSION_RECEIVED', assessmentId } })).toBe(1);
    await takeAssessment({ assessmentId, actor: officer });
    const review = await getReviewView({ projectId, actor: officer, phase: 'GENERAL' });
    expect(review.revision.number).toBe(2);
    expect(review.previousRevisionNumber).toBe(1);
    expect(review.previousVerdicts).toEqual({ 'std-03': 'NEEDS_REVISION' });
    expect(review.diffs['std-03']!.changed).toBe(true);
    expect(review.diffs['std-03']!.fields.implementation).toEqual(
      expect.arrayContaining([{ kind: 'removed', text: 'mehrsprachige' }, { kind: 'added', text: 'monatliche' }]),
    );
    expect(review.diffs['std-01']!.changed).toBe(false);
    await decideAssessment({ assessmentId, actor: officer, input: { kind: 'ACCEPTED', reason: '', dueDate: null } });
    expect(await statusOf(assessmentId)).toBe('ACCEPTED');
    expect(await refusal(addComment({ assessmentId, actor: applicant, input: { standardKey: 'std-01', body: 'Danke', internal: false } }))).toMatchObject({ code: 'transitionRefused', details: 'ACCEPTED' });
  });

  it('concurrent decisions on one revision: exactly one wins, the other is told', async () => {
    const { assessmentId } = await submitted();
    await takeAssessment({ assessmentId, actor: officer });
    const results = await Promise.allSettled([
      decideAssessment({ assessmentId, actor: officer, input: { kind: 'ACCEPTED', reason: '', dueDate: null } }),
      decideAssessment({ assessmentId, actor: officer, input: { kind: 'REJECTED', reason: 'Nicht förderfähig', dueDate: null } }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((result) => result.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'transitionRefused' });
    expect(await db.decision.count({ where: { revision: { assessmentId } } })).toBe(1);
  });
});

describe('four-eyes rule', () => {
  it('Annehmen becomes a proposal; the proposer cannot confirm; a second officer can return or confirm', async () => {
    await db.setting.upsert({ where: { key: 'review.fourEyes' }, create: { key: 'review.fourEyes', value: true }, update: { value: true } });
    try {
      const { assessmentId } = await submitted();
      await takeAssessment({ assessmentId, actor: officer });
      expect(await decideAssessment({ assessmentId, actor: officer, input: { kind: 'ACCEPTED', reason: 'Alles erfüllt', dueDate: null } })).toEqual({ kind: 'ACCEPTED', proposed: true });
      expect(await statusOf(assessmentId)).toBe('IN_REVIEW');
      expect(await refusal(decideAssessment({ assessmentId, actor: officer, input: { kind: 'REJECTED', reason: 'x', dueDate: null } }))).toMatchObject({ code: 'proposalOpen' });
      expect(await refusal(resolveProposal({ assessmentId, actor: officer, input: { resolution: 'CONFIRMED', note: '' } }))).toMatchObject({ code: 'ownProposal' });
      await resolveProposal({ assessmentId, actor: secondOfficer, input: { resolution: 'RETURNED', note: 'Standard 5 bitte prüfen' } });
      expect(await statusOf(assessmentId)).toBe('IN_REVIEW');
      await decideAssessment({ assessmentId, actor: officer, input: { kind: 'ACCEPTED', reason: 'Geprüft', dueDate: null } });
      await resolveProposal({ assessmentId, actor: secondOfficer, input: { resolution: 'CONFIRMED', note: '' } });
      expect(await statusOf(assessmentId)).toBe('ACCEPTED');
      const decision = await db.decision.findFirstOrThrow({ where: { revision: { assessmentId } }, select: { decidedById: true, confirmedById: true, reason: true } });
      expect(decision).toEqual({ decidedById: officer.id, confirmedById: secondOfficer.id, reason: 'Geprüft' });
      // The database holds the rule too.
      const proposal = await db.decisionProposal.findFirstOrThrow({ where: { revision: { assessmentId }, resolution: 'CONFIRMED' }, select: { id: true } });
      await expect(db.decisionProposal.update({ where: { id: proposal.id }, data: { reason: 'anders' } })).rejects.toThrow(/resolved, once/);
    } finally {
      await db.setting.update({ where: { key: 'review.fourEyes' }, data: { value: false } });
    }
  });
});

describe('comments', () => {
  it('threads: both sides write, internal notes are refused to applicants, edits within 15 minutes, retraction keeps the row', async () => {
    const { assessmentId } = await submitted();
    expect(await refusal(addComment({ assessmentId, actor: applicant, input: { standardKey: 'std-04', body: 'geheim', internal: true } }))).toMatchObject({ code: 'forbidden' });
    const comment = await addComment({ assessmentId, actor: officer, input: { standardKey: 'std-04', body: 'Bitte Nachweis ergänzen', internal: false } });
    expect(await db.notification.count({ where: { userId: applicant.id, kind: 'COMMENT_ADDED', assessmentId } })).toBe(1);
    await addComment({ assessmentId, actor: applicant, input: { standardKey: 'std-04', body: 'Ist ergänzt.', internal: false } });
    expect(await refusal(changeComment({ commentId: comment.id, actor: applicant, change: { kind: 'retract' } }))).toBeInstanceOf(NotFoundError);
    await changeComment({ commentId: comment.id, actor: officer, change: { kind: 'edit', input: { body: 'Bitte Nachweis (PDF) ergänzen' } } });
    await changeComment({ commentId: comment.id, actor: officer, change: { kind: 'retract' } });
    expect(await refusal(changeComment({ commentId: comment.id, actor: officer, change: { kind: 'edit', input: { body: 'x' } } }))).toMatchObject({ code: 'commentRetracted' });
    const row = await db.comment.findUniqueOrThrow({ where: { id: comment.id }, select: { body: true, editedAt: true, retractedAt: true } });
    expect(row.body).toBe('Bitte Nachweis (PDF) ergänzen');
    expect(row.retractedAt).toBeInstanceOf(Date);
    await expect(db.comment.delete({ where: { id: comment.id } })).rejects.toThrow(/never deleted/);
    // Past the edit window (the row's time moved back, as if written 16 minutes ago — through the one column the trigger would refuse, so a fresh comment).
    const late = await addComment({ assessmentId, actor: officer, input: { standardKey: 'std-05', body: 'Alt', internal: false } });
    await db.$executeRaw`ALTER TABLE "Comment" DISABLE TRIGGER "Comment_append_only"`;
    await db.$executeRaw`UPDATE "Comment" SET "createdAt" = now() - interval '16 minutes' WHERE "id" = ${late.id}`;
    await db.$executeRaw`ALTER TABLE "Comment" ENABLE TRIGGER "Comment_append_only"`;
    expect(await refusal(changeComment({ commentId: late.id, actor: officer, change: { kind: 'edit', input: { body: 'Neu' } } }))).toMatchObject({ code: 'commentEditExpired' });
  });
});

describe('what officers see', () => {
  it('never a draft: after withdraw → reopen → edit, the officer gets the submitted text and profile only', async () => {
    const { projectId, title } = await submitted();
    await withdrawAssessment({ projectId, actor: applicant });
    await reopenAssessment({ projectId, actor: applicant });
    const draft = await getAssessmentView({ projectId, actor: applicant });
    await saveAnswer({ actor: applicant, projectId, standardKey: 'std-01', expectedVersion: draft.answers['std-01']!.version, answer: { ...COMPLETE_ANSWER, implementation: 'ENTWURFSTEXT-GEHEIM' } });
    const current = await getProject({ actor: applicant, projectId });
    await updateProject({ actor: applicant, projectId, expectedUpdatedAt: current.updatedAt.toISOString(), input: { title: 'ENTWURFSTITEL', description: current.description, startDate: '2027-01-01', endDate: '2028-12-31', targetGroup: current.targetGroup, plannedParticipants: current.plannedParticipants, countries: current.countries, occupations: current.occupations, region: current.region } });

    const view = await getReviewView({ projectId, actor: officer, phase: 'GENERAL' });
    expect(view.revision).toMatchObject({ number: 1, status: 'SUBMITTED' });
    expect(view.revisions.map((revision) => revision.number)).toEqual([1]);
    expect(JSON.stringify(view)).not.toContain('ENTWURFSTEXT-GEHEIM');
    expect(view.profile?.title).toBe(title);
    const project = await getProject({ actor: officer, projectId });
    expect(project.title).toBe(title);
    expect(JSON.stringify(project)).not.toContain('ENTWURFSTITEL');
    await expect(getAssessmentView({ projectId, actor: officer, revisionNumber: 2 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('the profile snapshot is frozen with the revision', async () => {
    const { assessmentId } = await submitted();
    const revision = await db.revision.findFirstOrThrow({ where: { assessmentId }, select: { id: true, profileSnapshot: true } });
    expect(revision.profileSnapshot).toMatchObject({ version: 1, organisationName: expect.any(String), companies: [] });
    await expect(db.revision.update({ where: { id: revision.id }, data: { profileSnapshot: { version: 1, title: 'anders' } } })).rejects.toThrow(/immutable/);
  });
});
