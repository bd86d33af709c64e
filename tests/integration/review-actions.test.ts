/**
 * The review's Server Actions, called as the forms call them: the guard (anonymous → 401,
 * applicants → 403 on officer actions, officers → 403 on the applicant's answers), zod parsing,
 * forged ids → not found, and a refused transition named in words.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import {
  decideAction,
  handOverAction,
  resolveProposalAction,
  setVerdictAction,
  takeAssessmentAction,
} from '@/app/[locale]/(site)/(review)/review/[assessmentId]/actions';
import { addCommentAction, editCommentAction, retractCommentAction } from '@/app/[locale]/(site)/comment-actions';
import { saveAnswerAction } from '@/app/[locale]/(site)/(applicant)/projects/[id]/assessment/actions';
import { seed } from '@/prisma/seed/seed';
import { COMPLETE_ANSWER, createSubmittedRevision, createTestProject, createTestUser, demoActors, type TestUser } from '@/tests/support/factories';
import { expectForbidden, expectUnauthorized, signIn } from '@/tests/support/next-request';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));
vi.mock('next/cache', () => import('@/tests/support/next-request').then((m) => m.nextCacheModule));
vi.mock('next-intl/server', () => import('@/tests/support/next-request').then((m) => m.nextIntlServerModule));

let applicant: TestUser;
let officer: TestUser;
let admin: TestUser;

beforeAll(async () => {
  await seed({ demo: true });
  ({ applicant, officer, admin } = await demoActors());
});

beforeEach(() => signIn(officer));

async function submitted() {
  const project = await createTestProject({ actor: applicant });
  await createSubmittedRevision({ actor: applicant, projectId: project.id });
  const { id } = await db.assessment.findUniqueOrThrow({ where: { projectId: project.id }, select: { id: true } });
  return { projectId: project.id, assessmentId: id };
}

function officerActions(assessmentId: string): Array<[string, () => Promise<unknown>]> {
  return [
    ['takeAssessmentAction', () => takeAssessmentAction(assessmentId)],
    ['handOverAction', () => handOverAction(assessmentId, { officerId: officer.id, note: 'Bitte übernehmen' })],
    ['setVerdictAction', () => setVerdictAction(assessmentId, { standardKey: 'std-01', verdict: 'OK' })],
    ['decideAction', () => decideAction(assessmentId, { kind: 'ACCEPTED', reason: '', dueDate: null })],
    ['resolveProposalAction', () => resolveProposalAction(assessmentId, { resolution: 'CONFIRMED', note: '' })],
  ];
}

describe('guards', () => {
  it('anonymous callers get 401 from every review action; applicants and admins 403 from officer actions, changing nothing', async () => {
    const { assessmentId } = await submitted();
    const events = await db.auditEvent.count();
    signIn(null);
    for (const [, call] of [...officerActions(assessmentId), ['addCommentAction', () => addCommentAction(assessmentId, { standardKey: 'std-01', body: 'x', internal: false })] as const]) {
      await expectUnauthorized(call());
    }
    for (const user of [applicant, admin]) {
      signIn(user);
      for (const [name, call] of officerActions(assessmentId)) {
        await expectForbidden(call()).catch((error: Error) => {
          throw new Error(`${user.role} ${name}: ${error.message}`);
        });
      }
    }
    signIn(admin);
    await expectForbidden(addCommentAction(assessmentId, { standardKey: 'std-01', body: 'x', internal: false }));
    expect(await db.auditEvent.count()).toBe(events);
  });

  it('an officer cannot change an answer', async () => {
    const { projectId } = await submitted();
    await expectForbidden(saveAnswerAction(projectId, { standardKey: 'std-01', expectedVersion: 0, answer: COMPLETE_ANSWER }));
  });
});

describe('parsing and refusals', () => {
  it('a forged or malformed id is not found; invalid input gets field errors; a refused transition names the status', async () => {
    const { assessmentId } = await submitted();
    expect(await takeAssessmentAction('forged-id')).toEqual({ ok: false, formError: 'notFound' });
    expect(await takeAssessmentAction({ not: 'an id' })).toEqual({ ok: false, formError: 'notFound' });
    expect(await decideAction(assessmentId, { kind: 'REJECTED', reason: ' ', dueDate: null })).toMatchObject({ ok: false, fieldErrors: { reason: ['reasonRequired'] } });
    expect(await setVerdictAction(assessmentId, { standardKey: 'std-01', verdict: 'OK' })).toMatchObject({
      ok: false,
      formError: 'transitionRefused',
      values: { status: 'Eingereicht' },
    });
    expect(await addCommentAction(assessmentId, { standardKey: 'std-01', body: 'x'.repeat(5001), internal: false })).toMatchObject({ ok: false, fieldErrors: { body: ['bodyTooLong'] } });
    expect(await takeAssessmentAction(assessmentId)).toEqual({ ok: true, data: undefined });
    expect(await setVerdictAction(assessmentId, { standardKey: 'std-99', verdict: 'OK' })).toMatchObject({ ok: false, formError: 'standardInvalid' });
  });

  it('an applicant comments and edits their own comment, but cannot write an internal note or touch an officer\'s comment', async () => {
    const { assessmentId } = await submitted();
    signIn(applicant);
    expect(await addCommentAction(assessmentId, { standardKey: 'std-02', body: 'geheim', internal: true })).toEqual({ ok: false, formError: 'forbidden' });
    const own = await addCommentAction(assessmentId, { standardKey: 'std-02', body: 'Frage zum Standard', internal: false });
    expect(own).toMatchObject({ ok: true });
    const ownId = (own as { data: { id: string } }).data.id;
    expect(await editCommentAction(ownId, { body: 'Frage zum Standard 2' })).toEqual({ ok: true, data: undefined });
    signIn(officer);
    const theirs = (await addCommentAction(assessmentId, { standardKey: 'std-02', body: 'Antwort', internal: false })) as { data: { id: string } };
    signIn(applicant);
    expect(await retractCommentAction(theirs.data.id)).toEqual({ ok: false, formError: 'notFound' });
    const stranger = await createTestUser({ role: 'APPLICANT' });
    signIn(stranger);
    expect(await addCommentAction(assessmentId, { standardKey: 'std-02', body: 'fremd', internal: false })).toEqual({ ok: false, formError: 'notFound' });
  });
});
