/**
 * A draft revision and a newer catalogue version (issue 9): submitted revisions keep their
 * version; „Übernehmen“ moves a draft — unchanged answers carry over, changed ones carry over
 * marked „Text geändert – bitte prüfen“ and count as missing until confirmed, retired standards
 * drop out (their content kept in the audit event), new standards start Offen.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { adoptCatalogueVersionAction, confirmAnswerAction } from '@/app/[locale]/(site)/(applicant)/projects/[id]/assessment/actions';
import { adoptCatalogueVersion } from '@/lib/assessments/adopt-catalogue-version';
import { confirmAnswer } from '@/lib/assessments/confirm-answer';
import { getAssessmentView } from '@/lib/assessments/get-assessment-view';
import { saveAnswer } from '@/lib/assessments/save-answer';
import { submitAssessment } from '@/lib/assessments/submit-assessment';
import { seed } from '@/prisma/seed/seed';
import {
  COMPLETE_ANSWER,
  completeDraft,
  createOrganisation,
  createSubmittedRevision,
  createTestProject,
  demoActors,
  publishChangedCatalogue,
  type TestUser,
} from '@/tests/support/factories';
import { expectForbidden, signIn } from '@/tests/support/next-request';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));
vi.mock('next/cache', () => import('@/tests/support/next-request').then((m) => m.nextCacheModule));
vi.mock('next-intl/server', () => import('@/tests/support/next-request').then((m) => m.nextIntlServerModule));

let admin: TestUser;
let officer: TestUser;
let applicant: TestUser;
let other: TestUser;
let draftProjectId: string;
let submittedProjectId: string;
let submittedAnswers: unknown;

beforeAll(async () => {
  await seed({ demo: true });
  ({ admin, officer } = await demoActors());
  ({ applicant } = await createOrganisation({ name: 'Träger Katalog' }));
  ({ applicant: other } = await createOrganisation({ name: 'Träger Fremd' }));
  // One project answered completely and submitted on version 1, one completely answered draft.
  ({ id: submittedProjectId } = await createTestProject({ actor: applicant }));
  await createSubmittedRevision({ actor: applicant, projectId: submittedProjectId });
  submittedAnswers = await answersOf(submittedProjectId);
  ({ id: draftProjectId } = await createTestProject({ actor: applicant }));
  await completeDraft({ actor: applicant, projectId: draftProjectId });
  // Version 2: standard 7's text changes, standard 22 is retired, a new standard is added.
  await publishChangedCatalogue({
    admin,
    changes: { 'std-07': { text: 'Neu gefasster Text des Standards 7.' } },
    retire: ['std-22'],
    add: [{ phase: 'PHASE_2', text: 'Ein neuer Standard.', objective: 'Ein neues Ziel.' }],
  });
});

async function answersOf(projectId: string) {
  return db.answer.findMany({
    where: { revision: { assessment: { projectId } } },
    orderBy: [{ revision: { number: 'asc' } }, { standardKey: 'asc' }],
    select: { revisionId: true, standardKey: true, status: true, implementation: true, version: true, updatedAt: true, needsConfirmation: true, complete: true },
  });
}

describe('a newer catalogue version', () => {
  it('leaves submitted revisions on their version, byte for byte, and offers them nothing', async () => {
    expect(await answersOf(submittedProjectId)).toEqual(submittedAnswers);
    const view = await getAssessmentView({ projectId: submittedProjectId, actor: applicant });
    expect(view.revision.catalogueVersionNumber).toBe(1);
    expect(view.catalogueUpdate).toBeNull();
    await expect(adoptCatalogueVersion({ actor: applicant, projectId: submittedProjectId })).rejects.toMatchObject({ code: 'projectLocked' });
    // Officers see which version the revision used.
    const officerView = await getAssessmentView({ projectId: submittedProjectId, actor: officer });
    expect(officerView.revisions.map((revision) => revision.catalogueVersion.number)).toEqual([1]);
  });

  it('is offered to a draft on the older version, with what changed', async () => {
    const view = await getAssessmentView({ projectId: draftProjectId, actor: applicant });
    expect(view.revision.catalogueVersionNumber).toBe(1);
    expect(view.catalogueUpdate).toMatchObject({ fromNumber: 1, toNumber: 2, changed: ['std-07'], retired: ['std-22'], added: ['std-23'] });
    expect(view.catalogueUpdate!.numbers).toMatchObject({ 'std-07': 7, 'std-22': 22, 'std-23': 23 });
    expect(view.progress).toEqual({ complete: 22, total: 22 });
  });

  it('is adopted only by the project’s own applicants', async () => {
    await expect(adoptCatalogueVersion({ actor: other, projectId: draftProjectId })).rejects.toMatchObject({ code: 'notFound' });
    await expect(adoptCatalogueVersion({ actor: officer, projectId: draftProjectId })).rejects.toMatchObject({ code: 'forbidden' });
    signIn(officer);
    await expectForbidden(adoptCatalogueVersionAction(draftProjectId));
    expect((await getAssessmentView({ projectId: draftProjectId, actor: applicant })).revision.catalogueVersionNumber).toBe(1);
  });

  it('moves the draft: unchanged answers as they were, changed ones to confirm, retired dropped, new ones Offen', async () => {
    const before = await answersOf(draftProjectId);
    signIn(applicant);
    expect(await adoptCatalogueVersionAction(draftProjectId)).toEqual({ ok: true, data: undefined });

    const after = await answersOf(draftProjectId);
    const byKey = (rows: typeof before) => new Map(rows.map((row) => [row.standardKey, row]));
    const [old, now] = [byKey(before), byKey(after)];
    expect([...now.keys()].sort()).toEqual([...[...old.keys()].filter((key) => key !== 'std-22'), 'std-23'].sort());
    for (const key of old.keys()) {
      if (key === 'std-22' || key === 'std-07') continue;
      expect(now.get(key), key).toEqual(old.get(key));
    }
    expect(now.get('std-07')).toEqual({ ...old.get('std-07'), needsConfirmation: true, complete: false });
    expect(now.get('std-23')).toMatchObject({ status: 'OPEN', implementation: '', needsConfirmation: false, complete: false });

    const view = await getAssessmentView({ projectId: draftProjectId, actor: applicant });
    expect(view.revision.catalogueVersionNumber).toBe(2);
    expect(view.catalogueUpdate).toBeNull();
    expect(view.textChanged).toEqual(['std-07']);
    expect(view.progress).toEqual({ complete: 20, total: 22 });
    expect(view.missing.find((item) => item.standardKey === 'std-07')!.problems).toEqual([{ field: 'status', message: 'textChanged' }]);

    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'assessment.catalogueAdopted' }, select: { actorId: true, details: true } });
    expect(event.actorId).toBe(applicant.id);
    expect(event.details).toMatchObject({
      before: { catalogueVersion: 1 },
      after: { catalogueVersion: 2 },
      changed: ['std-07'],
      retired: ['std-22'],
      added: ['std-23'],
      droppedAnswers: [{ standardKey: 'std-22', status: COMPLETE_ANSWER.status, implementation: COMPLETE_ANSWER.implementation }],
    });
    // Once is enough.
    await expect(adoptCatalogueVersion({ actor: applicant, projectId: draftProjectId })).rejects.toMatchObject({ code: 'catalogueCurrent' });
  });

  it('keeps the draft from being submitted until the changed answer is confirmed and the new one answered', async () => {
    await expect(submitAssessment({ projectId: draftProjectId, actor: applicant })).rejects.toMatchObject({ code: 'incomplete' });
    const view = await getAssessmentView({ projectId: draftProjectId, actor: applicant });
    await saveAnswer({ actor: applicant, projectId: draftProjectId, standardKey: 'std-23', expectedVersion: view.answers['std-23']!.version, answer: COMPLETE_ANSWER });
    // Saving the changed answer does not confirm it: only „Antwort bestätigen“ does.
    await saveAnswer({
      actor: applicant,
      projectId: draftProjectId,
      standardKey: 'std-07',
      expectedVersion: view.answers['std-07']!.version,
      answer: { ...COMPLETE_ANSWER, implementation: 'Angepasst an den neuen Text.' },
    });
    await expect(submitAssessment({ projectId: draftProjectId, actor: applicant })).rejects.toMatchObject({ code: 'incomplete' });

    signIn(other);
    expect(await confirmAnswerAction(draftProjectId, 'std-07')).toMatchObject({ ok: false, formError: 'notFound' });
    signIn(applicant);
    expect(await confirmAnswerAction(draftProjectId, 'std-07')).toEqual({ ok: true, data: undefined });
    expect(await confirmAnswer({ actor: applicant, projectId: draftProjectId, standardKey: 'std-07' })).toEqual({ confirmed: false });
    expect(await db.auditEvent.count({ where: { action: 'answer.confirmed' } })).toBe(1);
    expect((await getAssessmentView({ projectId: draftProjectId, actor: applicant })).progress).toEqual({ complete: 22, total: 22 });

    await submitAssessment({ projectId: draftProjectId, actor: applicant });
    const submitted = await getAssessmentView({ projectId: draftProjectId, actor: officer });
    expect(submitted.revision.catalogueVersionNumber).toBe(2);
    expect(submitted.standards.map((standard) => standard.key)).toContain('std-23');
    expect(submitted.standards.map((standard) => standard.key)).not.toContain('std-22');
  });
});
