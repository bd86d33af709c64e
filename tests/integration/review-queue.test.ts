import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { getAssessmentView } from '@/lib/assessments/get-assessment-view';
import { saveAnswer } from '@/lib/assessments/save-answer';
import { submitAssessment } from '@/lib/assessments/submit-assessment';
import { reopenAssessment, withdrawAssessment } from '@/lib/assessments/transition-assessment';
import type { AnswerDraft } from '@/lib/assessments/answer-rules';
import { decideAssessment } from '@/lib/review/decide-assessment';
import { setVerdict } from '@/lib/review/set-verdict';
import { takeAssessment } from '@/lib/review/take-assessment';
import { listQueueOrganisations } from '@/lib/review/list-queue-organisations';
import { listReviewQueue } from '@/lib/review/list-review-queue';
import { listReviewQueueSchema } from '@/lib/review/list-review-queue-schema';
import { getSettings } from '@/lib/settings/get-settings';
import { SETTING_DEFAULTS } from '@/lib/settings/setting-definitions';
import { updateSettings } from '@/lib/settings/update-settings';
import { seed } from '@/prisma/seed/seed';
import { COMPLETE_ANSWER, createOrganisation, createTestProject, createTestUser, demoActors, type TestUser } from '@/tests/support/factories';
import { expectForbidden, signIn } from '@/tests/support/next-request';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));
vi.mock('next/cache', () => import('@/tests/support/next-request').then((m) => m.nextCacheModule));
vi.mock('next-intl/server', () => import('@/tests/support/next-request').then((m) => m.nextIntlServerModule));

const DAY = 86_400_000;
const NOT_FULFILLED: AnswerDraft = { ...COMPLETE_ANSWER, status: 'NOT_FULFILLED', plannedMeasures: 'Sprachkurs', targetDate: '2027-06-30' };
const PARTIALLY: AnswerDraft = { ...NOT_FULFILLED, status: 'PARTIALLY_FULFILLED' };

let officer: TestUser;
let otherOfficer: TestUser;
let applicant: TestUser;
let admin: TestUser;
const alpha = { id: '', applicant: null as unknown as TestUser };
const beta = { id: '', applicant: null as unknown as TestUser };
/** Assessment ids by project title. */
const ids: Record<string, string> = {};

/** Answers every standard (COMPLETE_ANSWER unless `answers` names it) and submits: „Einreichen“. */
async function submitProject(actor: TestUser, projectId: string, answers: Record<string, AnswerDraft> = {}) {
  const view = await getAssessmentView({ projectId, actor });
  for (const { key } of view.standards) {
    await saveAnswer({ actor, projectId, standardKey: key, expectedVersion: view.answers[key]!.version, answer: answers[key] ?? COMPLETE_ANSWER });
  }
  await submitAssessment({ projectId, actor });
  return view.revision.id;
}

async function project(actor: TestUser, title: string, region: string, answers?: Record<string, AnswerDraft>) {
  const { id } = await createTestProject({ actor, input: { title, region } });
  const revisionId = answers === undefined ? null : await submitProject(actor, id, answers);
  const assessment = await db.assessment.findUniqueOrThrow({ where: { projectId: id }, select: { id: true } });
  ids[title] = assessment.id;
  return { projectId: id, assessmentId: assessment.id, revisionId };
}

beforeAll(async () => {
  await seed({ demo: true });
  ({ officer, applicant, admin } = await demoActors());
  otherOfficer = await createTestUser({ role: 'OFFICER', name: 'Zora Zweitprüferin' });
  Object.assign(alpha, await createOrganisation({ name: 'Alpha Bildungswerk' }));
  Object.assign(beta, await createOrganisation({ name: 'Beta Verein 100%' }));

  // Submitted in this order (submittedAt ascending).
  await project(alpha.applicant, 'Pflege Magdeburg', 'magdeburg', { 'std-01': NOT_FULFILLED, 'std-02': PARTIALLY, 'std-03': PARTIALLY });
  const halle = await project(alpha.applicant, 'Handwerk Halle', 'halle-saale', { 'std-04': NOT_FULFILLED });
  await takeAssessment({ assessmentId: halle.assessmentId, actor: officer });
  for (const [standardKey, verdict] of [['std-04', 'NEEDS_REVISION'], ['std-05', 'NEEDS_REVISION'], ['std-06', 'OK']] as const) {
    await setVerdict({ assessmentId: halle.assessmentId, actor: officer, input: { standardKey, verdict } });
  }
  const vietnam = await project(beta.applicant, 'Azubis aus Vietnam', 'statewide', {});
  await takeAssessment({ assessmentId: vietnam.assessmentId, actor: otherOfficer });
  // Withdrawn and reopened: DRAFT again, with revision 2 a draft; revision 1 stays in the queue.
  const withdrawn = await project(beta.applicant, 'Zurückgezogen und neu', 'harz', {});
  await withdrawAssessment({ projectId: withdrawn.projectId, actor: beta.applicant });
  await reopenAssessment({ projectId: withdrawn.projectId, actor: beta.applicant });
  // Revision 1 with verdicts, „Überarbeitung angefordert“, revision 2 submitted: the row shows revision 2.
  const second = await project(alpha.applicant, 'Zweite Fassung', 'boerde', {});
  await takeAssessment({ assessmentId: second.assessmentId, actor: officer });
  await setVerdict({ assessmentId: second.assessmentId, actor: officer, input: { standardKey: 'std-01', verdict: 'NEEDS_REVISION' } });
  await decideAssessment({ assessmentId: second.assessmentId, actor: officer, input: { kind: 'CHANGES_REQUESTED', reason: 'Bitte ergänzen.', dueDate: null } });
  await submitProject(alpha.applicant, second.projectId, { 'std-01': PARTIALLY });
  // Never submitted: never in the queue.
  await project(beta.applicant, 'Nur Entwurf', 'harz');
  await project(applicant, 'Entwurf der Demo', 'magdeburg');
}, 180_000);

const titles = (queue: { rows: { title: string }[] }) => queue.rows.map((row) => row.title);

const ALL = ['Pflege Magdeburg', 'Handwerk Halle', 'Azubis aus Vietnam', 'Zurückgezogen und neu', 'Zweite Fassung'];

describe('listReviewQueue', () => {
  it('lists every self-assessment submitted at least once, oldest submission first, never a draft never submitted', async () => {
    const queue = await listReviewQueue({ actor: officer });
    expect(titles(queue)).toEqual(ALL);
    expect(queue).toMatchObject({ total: 5, page: 1, pageCount: 1, pageSize: 50, filters: { sort: 'submittedAt', dir: 'asc' } });
  });

  it('shows per row the organisation, latest submitted revision, status, assignee and the counts', async () => {
    const rows = Object.fromEntries((await listReviewQueue({ actor: officer })).rows.map((row) => [row.title, row]));
    expect(rows['Pflege Magdeburg']).toMatchObject({
      id: ids['Pflege Magdeburg'],
      organisationName: 'Alpha Bildungswerk',
      revisionNumber: 1,
      status: 'SUBMITTED',
      assignedToId: null,
      assigneeName: null,
      notFulfilled: 1,
      partiallyFulfilled: 2,
      needsRevision: 0,
    });
    expect(rows['Handwerk Halle']).toMatchObject({ status: 'IN_REVIEW', assigneeName: officer.name, notFulfilled: 1, partiallyFulfilled: 0, needsRevision: 2 });
    expect(rows['Azubis aus Vietnam']).toMatchObject({ status: 'IN_REVIEW', assigneeName: 'Zora Zweitprüferin', organisationName: 'Beta Verein 100%' });
    expect(rows['Zurückgezogen und neu']).toMatchObject({ status: 'DRAFT', revisionNumber: 1 });
    // The verdicts of revision 1 are not revision 2's.
    expect(rows['Zweite Fassung']).toMatchObject({ status: 'SUBMITTED', revisionNumber: 2, assigneeName: officer.name, partiallyFulfilled: 1, needsRevision: 0 });
    const stored = await db.revision.findFirstOrThrow({ where: { assessmentId: ids['Zweite Fassung']!, number: 2 }, select: { submittedAt: true } });
    expect(rows['Zweite Fassung']!.submittedAt).toEqual(stored.submittedAt);
  });

  it('is empty for applicants and administrators (scope)', async () => {
    expect((await listReviewQueue({ actor: applicant })).total).toBe(0);
    expect((await listReviewQueue({ actor: admin })).rows).toEqual([]);
    expect(await listQueueOrganisations({ actor: alpha.applicant })).toEqual([]);
  });

  it('filters by status (one or several)', async () => {
    expect(titles(await listReviewQueue({ actor: officer, query: { status: 'SUBMITTED' } }))).toEqual(['Pflege Magdeburg', 'Zweite Fassung']);
    expect(titles(await listReviewQueue({ actor: officer, query: { status: ['SUBMITTED', 'IN_REVIEW'] } }))).toEqual([
      'Pflege Magdeburg',
      'Handwerk Halle',
      'Azubis aus Vietnam',
      'Zweite Fassung',
    ]);
    expect((await listReviewQueue({ actor: officer, query: { status: ['ACCEPTED'] } })).total).toBe(0);
    // Unknown values are dropped; none left means every status.
    expect((await listReviewQueue({ actor: officer, query: { status: ['DRAFT', 'nonsense'] } })).total).toBe(5);
  });

  it('filters by assignment: mine, unassigned, all', async () => {
    expect(titles(await listReviewQueue({ actor: officer, query: { assigned: 'me' } }))).toEqual(['Handwerk Halle', 'Zweite Fassung']);
    expect(titles(await listReviewQueue({ actor: otherOfficer, query: { assigned: 'me' } }))).toEqual(['Azubis aus Vietnam']);
    expect(titles(await listReviewQueue({ actor: officer, query: { assigned: 'none' } }))).toEqual(['Pflege Magdeburg', 'Zurückgezogen und neu']);
    expect((await listReviewQueue({ actor: officer, query: { assigned: 'all' } })).total).toBe(5);
  });

  it('filters by organisation and region, and offers the organisations that have something in the queue', async () => {
    expect(titles(await listReviewQueue({ actor: officer, query: { org: beta.id } }))).toEqual(['Azubis aus Vietnam', 'Zurückgezogen und neu']);
    expect(titles(await listReviewQueue({ actor: officer, query: { region: 'halle-saale' } }))).toEqual(['Handwerk Halle']);
    expect(titles(await listReviewQueue({ actor: officer, query: { org: alpha.id, region: 'harz' } }))).toEqual([]);
    expect(titles(await listReviewQueue({ actor: officer, query: { org: alpha.id, status: 'SUBMITTED', assigned: 'none', region: 'magdeburg' } }))).toEqual(['Pflege Magdeburg']);
    // An unknown region is ignored; an unknown organisation finds nothing.
    expect((await listReviewQueue({ actor: officer, query: { region: 'atlantis' } })).total).toBe(5);
    expect((await listReviewQueue({ actor: officer, query: { org: 'forged' } })).total).toBe(0);
    expect(await listQueueOrganisations({ actor: officer })).toEqual([
      { id: alpha.id, name: 'Alpha Bildungswerk' },
      { id: beta.id, name: 'Beta Verein 100%' },
    ]);
  });

  it('searches title and organisation, case-insensitively, with % and _ taken literally', async () => {
    expect(titles(await listReviewQueue({ actor: officer, query: { q: 'HALLE' } }))).toEqual(['Handwerk Halle']);
    expect(titles(await listReviewQueue({ actor: officer, query: { q: 'alpha bildung' } }))).toEqual(['Pflege Magdeburg', 'Handwerk Halle', 'Zweite Fassung']);
    expect(titles(await listReviewQueue({ actor: officer, query: { q: '100%' } }))).toEqual(['Azubis aus Vietnam', 'Zurückgezogen und neu']);
    expect(titles(await listReviewQueue({ actor: officer, query: { q: 'zurück' } }))).toEqual(['Zurückgezogen und neu']);
    // Only „Beta Verein 100%“ has a literal %.
    expect((await listReviewQueue({ actor: officer, query: { q: '%' } })).total).toBe(2);
    expect((await listReviewQueue({ actor: officer, query: { q: '_' } })).total).toBe(0);
    expect((await listReviewQueue({ actor: officer, query: { q: '   ' } })).total).toBe(5);
  });

  it('sorts by every column, both ways', async () => {
    const sorted = async (sort: string, dir: string) => titles(await listReviewQueue({ actor: officer, query: { sort, dir } }));
    const byTitle = ['Azubis aus Vietnam', 'Handwerk Halle', 'Pflege Magdeburg', 'Zurückgezogen und neu', 'Zweite Fassung'];
    expect(await sorted('project', 'asc')).toEqual(byTitle);
    expect(await sorted('project', 'desc')).toEqual([...byTitle].reverse());
    // Within one organisation: oldest submission first.
    expect(await sorted('organisation', 'asc')).toEqual(['Pflege Magdeburg', 'Handwerk Halle', 'Zweite Fassung', 'Azubis aus Vietnam', 'Zurückgezogen und neu']);
    expect(await sorted('organisation', 'desc')).toEqual(['Azubis aus Vietnam', 'Zurückgezogen und neu', 'Pflege Magdeburg', 'Handwerk Halle', 'Zweite Fassung']);
    expect(await sorted('submittedAt', 'desc')).toEqual([...ALL].reverse());
    // Status in the order of the workflow (the enum): DRAFT, SUBMITTED, IN_REVIEW.
    expect(await sorted('status', 'asc')).toEqual(['Zurückgezogen und neu', 'Pflege Magdeburg', 'Zweite Fassung', 'Handwerk Halle', 'Azubis aus Vietnam']);
    expect(await sorted('status', 'desc')).toEqual(['Handwerk Halle', 'Azubis aus Vietnam', 'Pflege Magdeburg', 'Zweite Fassung', 'Zurückgezogen und neu']);
    // Assignee by name (Paul Prüfung, Zora Zweitprüferin), unassigned last either way.
    expect(await sorted('assignee', 'asc')).toEqual(['Handwerk Halle', 'Zweite Fassung', 'Azubis aus Vietnam', 'Pflege Magdeburg', 'Zurückgezogen und neu']);
    expect(await sorted('assignee', 'desc')).toEqual(['Azubis aus Vietnam', 'Handwerk Halle', 'Zweite Fassung', 'Pflege Magdeburg', 'Zurückgezogen und neu']);
    // Anything else: the default order.
    expect(await sorted('secret', 'sideways')).toEqual(ALL);
  });

  it('keeps the page within bounds', async () => {
    expect((await listReviewQueue({ actor: officer, query: { page: '7' } })).page).toBe(1);
    expect((await listReviewQueue({ actor: officer, query: { page: '0' } })).page).toBe(1);
    expect((await listReviewQueue({ actor: officer, query: { page: 'x' } })).rows).toHaveLength(5);
    expect(listReviewQueueSchema.parse({ page: ['3', '4'], q: ['a', 'b'], assigned: 'me' })).toMatchObject({ page: 3, q: 'a', assigned: 'me' });
  });

  it('highlights submissions nobody has taken after review.highlightDays (default 5), with the days waited', async () => {
    const highlighted = async (days: number) =>
      (await listReviewQueue({ actor: officer, now: new Date(Date.now() + days * DAY) })).rows.filter((row) => row.highlighted);
    expect(await highlighted(4)).toEqual([]);
    // Only SUBMITTED and unassigned: not the ones in review, not the assigned resubmission, not the draft.
    const late = await highlighted(6);
    expect(late.map((row) => row.title)).toEqual(['Pflege Magdeburg']);
    expect(late[0]!.waitingDays).toBe(6);
    await updateSettings({ actor: admin, input: { reviewHighlightDays: 10 } });
    expect(await highlighted(6)).toEqual([]);
    expect((await highlighted(11)).map((row) => row.title)).toEqual(['Pflege Magdeburg']);
    await updateSettings({ actor: admin, input: { reviewHighlightDays: 5 } });
  });
});

describe('settings', () => {
  it('have their defaults while nobody changed them', async () => {
    await db.setting.deleteMany({});
    expect(await getSettings()).toEqual({ ...SETTING_DEFAULTS, 'review.fourEyes': false, 'review.highlightDays': 5 });
  });

  it('are changed by an administrator, audited with before and after of what changed', async () => {
    const after = await updateSettings({ actor: admin, input: { reviewFourEyes: true, reviewHighlightDays: 7 } });
    expect(after).toEqual({ ...SETTING_DEFAULTS, 'review.fourEyes': true, 'review.highlightDays': 7 });
    expect(await getSettings()).toEqual(after);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'settings.updated' }, orderBy: { at: 'desc' }, select: { actorId: true, details: true } });
    expect(event).toEqual({
      actorId: admin.id,
      details: { before: { 'review.fourEyes': false, 'review.highlightDays': 5 }, after: { 'review.fourEyes': true, 'review.highlightDays': 7 } },
    });
    // Only what is sent changes; an unchanged value writes no event.
    const events = await db.auditEvent.count({ where: { action: 'settings.updated' } });
    expect(await updateSettings({ actor: admin, input: { reviewHighlightDays: 7 } })).toEqual(after);
    expect(await db.auditEvent.count({ where: { action: 'settings.updated' } })).toBe(events);
    await updateSettings({ actor: admin, input: { reviewFourEyes: false } });
    expect(await getSettings()).toEqual({ ...SETTING_DEFAULTS, 'review.fourEyes': false, 'review.highlightDays': 7 });
    const stored = await db.setting.findUniqueOrThrow({ where: { key: 'review.fourEyes' }, select: { value: true, updatedById: true } });
    expect(stored).toEqual({ value: false, updatedById: admin.id });
  });

  it('refuse values out of range, unknown fields and anyone but an administrator', async () => {
    for (const input of [{ reviewHighlightDays: 0 }, { reviewHighlightDays: 61 }, { reviewHighlightDays: 2.5 }, { reviewHighlightDays: '5' }, { reviewFourEyes: 'yes' }, { other: 1 }]) {
      await expect(updateSettings({ actor: admin, input }), JSON.stringify(input)).rejects.toThrow();
    }
    await expect(updateSettings({ actor: officer, input: { reviewFourEyes: true } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(updateSettings({ actor: applicant, input: { reviewFourEyes: true } })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await getSettings())['review.fourEyes']).toBe(false);
  });

  it('fall back to the default for a stored value that no longer fits', async () => {
    await db.setting.upsert({ where: { key: 'review.highlightDays' }, create: { key: 'review.highlightDays', value: 500 }, update: { value: 500 } });
    expect((await getSettings())['review.highlightDays']).toBe(5);
    await db.setting.deleteMany({});
  });
});

describe('pages and actions', () => {
  it('/admin/settings and its action: 403 for applicants and officers; administrators save', async () => {
    const { default: SettingsPage } = await import('@/app/[locale]/(site)/(admin)/admin/settings/page');
    const { saveSettings } = await import('@/app/[locale]/(site)/(admin)/admin/settings/actions');
    for (const user of [applicant, officer]) {
      signIn(user);
      await expectForbidden(SettingsPage());
      await expectForbidden(saveSettings({ reviewFourEyes: true }));
    }
    signIn(admin);
    expect(await saveSettings({ reviewFourEyes: true })).toEqual({ ok: true, data: { ...SETTING_DEFAULTS, 'review.fourEyes': true, 'review.highlightDays': 5 } });
    expect(await saveSettings({ reviewHighlightDays: 99 })).toMatchObject({ ok: false, fieldErrors: { reviewHighlightDays: ['highlightDaysRange'] } });
    await saveSettings({ reviewFourEyes: false });
  });

  it('/review: 403 for applicants and administrators', async () => {
    const { default: ReviewQueuePage } = await import('@/app/[locale]/(site)/(review)/review/page');
    for (const user of [applicant, admin]) {
      signIn(user);
      await expectForbidden(ReviewQueuePage({ searchParams: Promise.resolve({}) }));
    }
  });
});
