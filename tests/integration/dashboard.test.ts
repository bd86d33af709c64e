import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { getAssessmentView } from '@/lib/assessments/get-assessment-view';
import { saveAnswer } from '@/lib/assessments/save-answer';
import { submitAssessment } from '@/lib/assessments/submit-assessment';
import type { AnswerDraft } from '@/lib/assessments/answer-rules';
import { getDashboard } from '@/lib/insight/get-dashboard';
import { lastTwelveMonths } from '@/lib/insight/get-dashboard-figures';
import { decideAssessment } from '@/lib/review/decide-assessment';
import { setVerdict } from '@/lib/review/set-verdict';
import { takeAssessment } from '@/lib/review/take-assessment';
import { seed } from '@/prisma/seed/seed';
import { COMPLETE_ANSWER, createOrganisation, createTestProject, demoActors, type TestUser } from '@/tests/support/factories';
import { expectForbidden, expectUnauthorized, signIn } from '@/tests/support/next-request';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));
vi.mock('next/cache', () => import('@/tests/support/next-request').then((m) => m.nextCacheModule));
vi.mock('next-intl/server', () => import('@/tests/support/next-request').then((m) => m.nextIntlServerModule));

const DAY = 86_400_000;
const NOT_FULFILLED: AnswerDraft = { ...COMPLETE_ANSWER, status: 'NOT_FULFILLED', plannedMeasures: 'Sprachkurs', targetDate: '2027-06-30' };
const PARTIALLY: AnswerDraft = { ...NOT_FULFILLED, status: 'PARTIALLY_FULFILLED' };
const NOT_APPLICABLE: AnswerDraft = { ...COMPLETE_ANSWER, status: 'NOT_APPLICABLE' };

let officer: TestUser;
let applicant: TestUser;
let admin: TestUser;
const alpha = { id: '', applicant: null as unknown as TestUser };
const beta = { id: '', applicant: null as unknown as TestUser };
/** Assessment ids by project title. */
const ids: Record<string, string> = {};

/** Saves the draft's answers (COMPLETE_ANSWER unless `answers` names the standard). */
async function answer(actor: TestUser, projectId: string, answers: Record<string, AnswerDraft>, all = true) {
  const view = await getAssessmentView({ projectId, actor });
  for (const { key } of view.standards) {
    if (!all && !answers[key]) continue;
    await saveAnswer({ actor, projectId, standardKey: key, expectedVersion: view.answers[key]!.version, answer: answers[key] ?? COMPLETE_ANSWER });
  }
}

/** „Einreichen“ with the clock at `daysAgo` days before now (the submission time is the domain's `new Date()`). */
async function submitAt(actor: TestUser, projectId: string, daysAgo: number, answers: Record<string, AnswerDraft> = {}) {
  await answer(actor, projectId, answers);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() - daysAgo * DAY);
  try {
    await submitAssessment({ projectId, actor });
  } finally {
    vi.useRealTimers();
  }
}

async function project(actor: TestUser, title: string, input: { region: string; targetGroup: 'SKILLED_WORKERS' | 'APPRENTICES' | 'BOTH' }) {
  const { id } = await createTestProject({ actor, input: { title, ...input } });
  const assessment = await db.assessment.findUniqueOrThrow({ where: { projectId: id }, select: { id: true } });
  ids[title] = assessment.id;
  return { projectId: id, assessmentId: assessment.id };
}

/** „Überarbeitung anfordern“ by the demo officer (a verdict „Überarbeitung nötig“ first), with a „Frist“. */
async function requestChanges(assessmentId: string, dueDate: string | null) {
  await takeAssessment({ assessmentId, actor: officer });
  await setVerdict({ assessmentId, actor: officer, input: { standardKey: 'std-01', verdict: 'NEEDS_REVISION' } });
  await decideAssessment({ assessmentId, actor: officer, input: { kind: 'CHANGES_REQUESTED', reason: 'Bitte ergänzen.', dueDate } });
}

beforeAll(async () => {
  await seed({ demo: true });
  ({ officer, applicant, admin } = await demoActors());
  Object.assign(alpha, await createOrganisation({ name: 'Alpha Bildungswerk' }));
  Object.assign(beta, await createOrganisation({ name: 'Beta Verein' }));

  // Alpha: submitted 10 days ago, nobody has taken it.
  const magdeburg = await project(alpha.applicant, 'Pflege Magdeburg', { region: 'magdeburg', targetGroup: 'SKILLED_WORKERS' });
  await submitAt(alpha.applicant, magdeburg.projectId, 10, { 'std-01': NOT_FULFILLED, 'std-02': PARTIALLY, 'std-03': NOT_APPLICABLE });
  // Alpha: submitted 8 days ago, revision requested with a „Frist“ long past (overdue); then the
  // applicant works on the new draft: its „Nicht erfüllt“ must not count.
  const halle = await project(alpha.applicant, 'Handwerk Halle', { region: 'halle-saale', targetGroup: 'APPRENTICES' });
  await submitAt(alpha.applicant, halle.projectId, 8, { 'std-01': NOT_APPLICABLE, 'std-02': PARTIALLY });
  await requestChanges(halle.assessmentId, '2020-01-31');
  await answer(alpha.applicant, halle.projectId, { 'std-01': NOT_FULFILLED, 'std-05': NOT_FULFILLED }, false);
  // Beta: revision 1 submitted 6 days ago, revision requested (Frist far ahead), revision 2
  // submitted 2 days ago: the latest submitted revision is 2; no open request.
  const harz = await project(beta.applicant, 'Azubis Harz', { region: 'harz', targetGroup: 'BOTH' });
  await submitAt(beta.applicant, harz.projectId, 6, { 'std-01': NOT_FULFILLED });
  await requestChanges(harz.assessmentId, '2099-12-31');
  await submitAt(beta.applicant, harz.projectId, 2, { 'std-01': PARTIALLY, 'std-04': NOT_FULFILLED });
  // Beta: submitted 4 days ago and accepted.
  const accepted = await project(beta.applicant, 'Angenommen Halle', { region: 'halle-saale', targetGroup: 'SKILLED_WORKERS' });
  await submitAt(beta.applicant, accepted.projectId, 4, { 'std-02': NOT_FULFILLED });
  await takeAssessment({ assessmentId: accepted.assessmentId, actor: officer });
  await decideAssessment({ assessmentId: accepted.assessmentId, actor: officer, input: { kind: 'ACCEPTED', reason: '', dueDate: null } });
  // Beta: submitted 400 days ago (counts, but not among the last 12 months' submissions).
  const old = await project(beta.applicant, 'Alt Magdeburg', { region: 'magdeburg', targetGroup: 'BOTH' });
  await submitAt(beta.applicant, old.projectId, 400);
  // Never submitted: never counted.
  await project(beta.applicant, 'Nur Entwurf', { region: 'harz', targetGroup: 'BOTH' });
  await project(applicant, 'Entwurf der Demo', { region: 'magdeburg', targetGroup: 'BOTH' });
}, 240_000);

afterEach(() => vi.useRealTimers());

const columnLabels = (dashboard: { heatmap: { columns: { label: string }[] } }) => dashboard.heatmap.columns.map((column) => column.label);
const cellsOf = (dashboard: Awaited<ReturnType<typeof getDashboard>>, label: string) => dashboard.heatmap.columns.find((column) => column.label === label)!.cells;

describe('the figures', () => {
  it('count the self-assessments submitted at least once by status, and their organisations', async () => {
    const { figures } = await getDashboard({ actor: officer });
    expect(figures.total).toBe(5);
    expect(figures.organisations).toBe(2);
    expect(figures.byStatus).toEqual({ SUBMITTED: 3, CHANGES_REQUESTED: 1, ACCEPTED: 1 });
  });

  it('count every submission (resubmissions too) per month of the last 12, German time', async () => {
    const now = new Date();
    const { figures } = await getDashboard({ actor: officer, now });
    const months = lastTwelveMonths(now);
    expect(figures.months.map((entry) => entry.month)).toEqual(months);
    // Expected from the stored submission times, converted independently.
    const stored = await db.revision.findMany({ where: { status: 'SUBMITTED', assessment: { project: { title: { not: 'Nur Entwurf' } } } }, select: { submittedAt: true } });
    expect(stored).toHaveLength(6);
    const monthOf = (date: Date) => date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' }).slice(0, 7);
    const expected = months.map((month) => ({ month, count: stored.filter((row) => monthOf(row.submittedAt!) === month).length }));
    expect(figures.months).toEqual(expected);
    expect(figures.months.reduce((sum, entry) => sum + entry.count, 0)).toBe(5);
  });

  it('give the median days from submission to decision', async () => {
    const { figures } = await getDashboard({ actor: officer });
    // Decided now, submitted 8, 6 and 4 days ago: the median is 6 days.
    expect(figures.decisions.count).toBe(3);
    expect(figures.decisions.medianDays).toBeCloseTo(6, 1);
  });

  it('count open revision requests and the overdue ones, in total, by region and by target group', async () => {
    const { figures } = await getDashboard({ actor: officer });
    expect(figures.requests.total).toEqual({ open: 1, overdue: 1 });
    expect(figures.requests.byRegion).toEqual([{ region: 'halle-saale', open: 1, overdue: 1 }]);
    expect(figures.requests.byTargetGroup).toEqual([{ targetGroup: 'APPRENTICES', open: 1, overdue: 1 }]);
    // The day before the „Frist“ passed, it was open but not overdue.
    const before = await getDashboard({ actor: officer, now: new Date('2020-01-31T22:30:00Z') });
    expect(before.figures.requests.total).toEqual({ open: 1, overdue: 0 });
    const after = await getDashboard({ actor: officer, now: new Date('2020-01-31T23:30:00Z') });
    expect(after.figures.requests.total).toEqual({ open: 1, overdue: 1 });
  });
});

describe('the heatmap', () => {
  it('has one column per project, by title, each cell the answer of the latest SUBMITTED revision', async () => {
    const dashboard = await getDashboard({ actor: officer });
    expect(columnLabels(dashboard)).toEqual(['Alt Magdeburg', 'Angenommen Halle', 'Azubis Harz', 'Handwerk Halle', 'Pflege Magdeburg']);
    expect(dashboard.heatmap).toMatchObject({ columnCount: 5, page: 1, pageCount: 1, versionNumber: 1 });
    expect(dashboard.heatmap.phases.flatMap((phase) => phase.topics.flatMap((topic) => topic.standards))).toHaveLength(22);
    const magdeburg = cellsOf(dashboard, 'Pflege Magdeburg');
    expect(magdeburg['std-01']).toEqual({ status: 'NOT_FULFILLED', count: 1, of: 1 });
    expect(magdeburg['std-02']).toEqual({ status: 'PARTIALLY_FULFILLED', count: 1, of: 1 });
    expect(magdeburg['std-03']).toEqual({ status: 'NOT_APPLICABLE', count: 1, of: 1 });
    expect(magdeburg['std-04']).toEqual({ status: 'FULFILLED', count: 1, of: 1 });
    expect(Object.keys(magdeburg)).toHaveLength(22);
    // Handwerk Halle's draft (revision 2) says „Nicht erfüllt“ for std-01 and std-05: revision 1 counts.
    const halle = cellsOf(dashboard, 'Handwerk Halle');
    expect(halle['std-01']!.status).toBe('NOT_APPLICABLE');
    expect(halle['std-05']!.status).toBe('FULFILLED');
    // Azubis Harz: revision 2, not 1.
    const harz = cellsOf(dashboard, 'Azubis Harz');
    expect(harz['std-01']!.status).toBe('PARTIALLY_FULFILLED');
    expect(harz['std-04']!.status).toBe('NOT_FULFILLED');
    expect(dashboard.heatmap.columns.find((column) => column.label === 'Azubis Harz')).toMatchObject({ id: ids['Azubis Harz'], organisationName: 'Beta Verein' });
  });

  it('aggregates per organisation: the most critical status and how many projects have it', async () => {
    const dashboard = await getDashboard({ actor: officer, query: { columns: 'organisations' } });
    expect(columnLabels(dashboard)).toEqual(['Alpha Bildungswerk', 'Beta Verein']);
    expect(dashboard.heatmap.columnCount).toBe(2);
    const alphaCells = cellsOf(dashboard, 'Alpha Bildungswerk');
    expect(dashboard.heatmap.columns[0]!.projects).toBe(2);
    // std-01: Pflege Magdeburg „Nicht erfüllt“, Handwerk Halle „Nicht zutreffend“.
    expect(alphaCells['std-01']).toEqual({ status: 'NOT_FULFILLED', count: 1, of: 2 });
    expect(alphaCells['std-02']).toEqual({ status: 'PARTIALLY_FULFILLED', count: 2, of: 2 });
    expect(alphaCells['std-06']).toEqual({ status: 'FULFILLED', count: 2, of: 2 });
    const betaCells = cellsOf(dashboard, 'Beta Verein');
    expect(dashboard.heatmap.columns[1]!.projects).toBe(3);
    expect(betaCells['std-01']).toEqual({ status: 'PARTIALLY_FULFILLED', count: 1, of: 3 });
    expect(betaCells['std-02']).toEqual({ status: 'NOT_FULFILLED', count: 1, of: 3 });
  });

  it('summarises each standard over every selected project: „Nicht erfüllt“, „Teilweise erfüllt“, „Nicht zutreffend“', async () => {
    const { figures } = await getDashboard({ actor: officer });
    // std-01: Magdeburg N, Halle Z (revision 1), Harz T (revision 2), Angenommen E, Alt E.
    expect(figures.summary['std-01']).toEqual({ total: 5, notFulfilled: 1, partiallyFulfilled: 1, notApplicable: 1 });
    // std-02: Magdeburg T, Halle T, Angenommen N.
    expect(figures.summary['std-02']).toEqual({ total: 5, notFulfilled: 1, partiallyFulfilled: 2, notApplicable: 0 });
    expect(figures.summary['std-05']).toEqual({ total: 5, notFulfilled: 0, partiallyFulfilled: 0, notApplicable: 0 });
    expect(Object.keys(figures.summary)).toHaveLength(22);
  });
});

describe('the filters', () => {
  it('select by status, region, target group and catalogue version, for figures and heatmap alike', async () => {
    const byRegion = await getDashboard({ actor: officer, query: { region: 'halle-saale' } });
    expect(columnLabels(byRegion)).toEqual(['Angenommen Halle', 'Handwerk Halle']);
    expect(byRegion.figures).toMatchObject({ total: 2, organisations: 2, byStatus: { CHANGES_REQUESTED: 1, ACCEPTED: 1 } });
    expect(byRegion.figures.summary['std-02']).toEqual({ total: 2, notFulfilled: 1, partiallyFulfilled: 1, notApplicable: 0 });

    const byStatus = await getDashboard({ actor: officer, query: { status: 'SUBMITTED' } });
    expect(columnLabels(byStatus)).toEqual(['Alt Magdeburg', 'Azubis Harz', 'Pflege Magdeburg']);
    expect(byStatus.figures.requests.total).toEqual({ open: 0, overdue: 0 });
    expect(byStatus.figures.decisions.count).toBe(1);

    const byGroup = await getDashboard({ actor: officer, query: { group: 'BOTH', columns: 'organisations' } });
    expect(columnLabels(byGroup)).toEqual(['Beta Verein']);
    expect(byGroup.heatmap.columns[0]!.projects).toBe(2);
    expect(byGroup.figures.months.reduce((sum, entry) => sum + entry.count, 0)).toBe(2);

    expect((await getDashboard({ actor: officer, query: { version: '1' } })).figures.total).toBe(5);
    const noVersion = await getDashboard({ actor: officer, query: { version: '2' } });
    expect(noVersion.figures.total).toBe(0);
    expect(noVersion.heatmap.columns).toEqual([]);
    expect(noVersion.heatmap.versionNumber).toBe(1);
  });

  it('fall back to their defaults for anything malformed, and keep the page within bounds', async () => {
    const dashboard = await getDashboard({ actor: officer, query: { columns: 'x', status: 'DELETED', region: 'mars', group: 'ALL', version: 'x', page: '9' } });
    expect(dashboard.filters).toEqual({ columns: 'projects', page: 1 });
    expect(dashboard.figures.total).toBe(5);
  });
});

describe('access', () => {
  it('is the same for administrators, and nothing for applicants', async () => {
    const asAdmin = await getDashboard({ actor: admin });
    const asOfficer = await getDashboard({ actor: officer });
    expect(asAdmin).toEqual(asOfficer);
    const asApplicant = await getDashboard({ actor: applicant });
    expect(asApplicant.figures.total).toBe(0);
    expect(asApplicant.heatmap.columns).toEqual([]);
  });

  it('/review/dashboard: officers and administrators; 403 for applicants; the sign-in form for anonymous visitors', async () => {
    const { default: DashboardPage } = await import('@/app/[locale]/(site)/(review)/review/dashboard/page');
    const { default: ReviewQueuePage } = await import('@/app/[locale]/(site)/(review)/review/page');
    const { default: ReviewPage } = await import('@/app/[locale]/(site)/(review)/review/[assessmentId]/page');
    const searchParams = Promise.resolve({});
    for (const user of [officer, admin]) {
      signIn(user);
      await expect(DashboardPage({ searchParams })).resolves.toBeTruthy();
    }
    signIn(applicant);
    await expectForbidden(DashboardPage({ searchParams }));
    signIn(null);
    await expectUnauthorized(DashboardPage({ searchParams }));
    // The administrator reaches the dashboard only, not the queue or a review page.
    signIn(admin);
    await expectForbidden(ReviewQueuePage({ searchParams }));
    await expectForbidden(ReviewPage({ params: Promise.resolve({ assessmentId: ids['Pflege Magdeburg']! }), searchParams }));
  });
});
