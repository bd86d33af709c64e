import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { seed } from '@/prisma/seed/seed';
import { saveAnswer } from '@/lib/assessments/save-answer';
import { getAssessmentView } from '@/lib/assessments/get-assessment-view';
import { ConflictError } from '@/lib/errors';
import type { AnswerDraft } from '@/lib/assessments/answer-rules';
import { createTestProject, createTestUser, demoActors, type TestUser } from '@/tests/support/factories';

/**
 * The race of issue #6: a save is sent, the page is reloaded before it commits, and the
 * browser's kept copy is sent again on the version the reloaded page showed. The late save has
 * already stored exactly that text: it must be reported as saved, not as someone else's change.
 */
const TEXT: AnswerDraft = { status: 'FULFILLED', implementation: 'Mehrsprachige Sprechstunden', plannedMeasures: '', targetDate: null, partners: '' };

let anna: TestUser;
let paula: TestUser;
let projectId: string;

beforeAll(async () => {
  await seed({ demo: true });
  ({ applicant: anna } = await demoActors());
  paula = await createTestUser({ role: 'APPLICANT', email: 'paula@demo.example', name: 'Paula Kollegin', organisationId: anna.organisationId! });
  ({ id: projectId } = await createTestProject({
    actor: anna,
    input: { title: 'Späte Speicherung', description: 'Testprojekt', endDate: '2027-12-31', plannedParticipants: 5, countries: ['VN'] },
  }));
});

describe('a save based on an outdated version', () => {
  it('is saved (nothing written) when the stored answer already says the same', async () => {
    const first = await saveAnswer({ projectId, standardKey: 'std-04', expectedVersion: 0, answer: TEXT, actor: anna });
    expect(first.version).toBe(1);
    const auditBefore = await db.auditEvent.count({ where: { action: 'answer.saved' } });

    const again = await saveAnswer({ projectId, standardKey: 'std-04', expectedVersion: 0, answer: TEXT, actor: anna });
    expect(again).toMatchObject({ ...TEXT, version: 1, updatedByName: 'Anna Antrag' });
    expect(await db.auditEvent.count({ where: { action: 'answer.saved' } })).toBe(auditBefore);
  });

  it('is a conflict naming who changed it and when, when the texts differ', async () => {
    const theirs = await saveAnswer({ projectId, standardKey: 'std-05', expectedVersion: 0, answer: { ...TEXT, partners: 'Paulas Fassung' }, actor: paula });
    const attempt = await saveAnswer({ projectId, standardKey: 'std-05', expectedVersion: 0, answer: TEXT, actor: anna }).catch((error: unknown) => error);
    expect(attempt).toBeInstanceOf(ConflictError);
    expect((attempt as ConflictError).current).toMatchObject({ partners: 'Paulas Fassung', version: 1, updatedByName: 'Paula Kollegin', updatedAt: theirs.updatedAt });
  });

  it('the page hands each answer to the form with who saved it last', async () => {
    const view = await getAssessmentView({ projectId, actor: anna });
    expect(view.answers['std-05']).toMatchObject({ version: 1, updatedByName: 'Paula Kollegin' });
    expect(view.answers['std-01']).toMatchObject({ version: 0, updatedByName: null });
  });
});
