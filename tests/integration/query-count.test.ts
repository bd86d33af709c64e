import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createPrismaClient } from '@/lib/db/create-prisma-client';
import { seed } from '@/prisma/seed/seed';
import { benchDraftProjectId, generateDataset } from '@/scripts/bench/generate-dataset';
import { signIn } from '@/tests/support/next-request';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));

/**
 * SQL statements per request of every benchmarked page (issue #7): the guard and the page's
 * data functions, counted with Prisma's query events, with the benchmark dataset at 10 and at
 * 2,000 projects. The count must not grow with the data (no query per row) and stays ≤ 8.
 */
let statements = 0;
const client = createPrismaClient({
  url: process.env.DATABASE_URL!,
  max: Number(process.env.DATABASE_POOL_MAX ?? 10),
  onQuery: (sql) => {
    statements += 1;
    if (process.env.SHOW_SQL) console.log('SQL', sql.slice(0, 160));
  },
});
// lib/db.ts uses this client from now on (its one instance lives on globalThis).
(globalThis as { portalDb?: unknown }).portalDb = client;

const { requirePermission } = await import('@/lib/auth/guards');
const { getPublishedCatalogue } = await import('@/lib/catalogue/get-published-catalogue');
const { listPublishedVersions } = await import('@/lib/catalogue/list-published-versions');
const { listProjects } = await import('@/lib/projects/list-projects');
const { getProject } = await import('@/lib/projects/get-project');
const { listEvidence } = await import('@/lib/evidence/list-evidence');
const { getAssessmentView } = await import('@/lib/assessments/get-assessment-view');
const { saveAnswer } = await import('@/lib/assessments/save-answer');
const { listReviewQueue } = await import('@/lib/review/list-review-queue');
const { listQueueOrganisations } = await import('@/lib/review/list-queue-organisations');
const { listAuditEvents } = await import('@/lib/audit/list-audit-events');
const { listAuditFilterOptions } = await import('@/lib/audit/list-audit-filter-options');
const { getRevisionDocument } = await import('@/lib/export/get-revision-document');
const { getDashboard } = await import('@/lib/insight/get-dashboard');

const SMALL = { organisations: 5, projects: 10, demoProjects: 10, demoDrafts: 2, officers: 2, auditEvents: 0 };
const LARGE = { ...SMALL, organisations: 500, projects: 2000 };

let version = 0;
let applicant: { id: string };
let officer: { id: string };
let admin: { id: string };

/** The review queue as the demo officer sees it (the page: guard, queue with its settings, organisations for the filter). */
async function reviewQueue(query: Record<string, string>) {
  signIn(officer);
  try {
    const actor = await requirePermission('review:read');
    return await Promise.all([listReviewQueue({ actor, query }), listQueueOrganisations({ actor })]);
  } finally {
    signIn(applicant);
  }
}
/** The audit log as the demo administrator sees it (the page: guard, one page of entries, the filters' choices). */
async function auditLog(query: Record<string, string>) {
  signIn(admin);
  try {
    await requirePermission('audit:read');
    return await Promise.all([listAuditEvents({ query }), listAuditFilterOptions()]);
  } finally {
    signIn(applicant);
  }
}

/** „Als PDF herunterladen“ as the demo officer: the second, resubmitted revision of a dataset project (ADR 027). */
async function revisionPdfForOfficer() {
  signIn(officer);
  try {
    const actor = await requirePermission('assessment:pdf');
    return await getRevisionDocument({ actor, assessmentId: `${benchDraftProjectId(3)}-a`, revisionNumber: 2 });
  } finally {
    signIn(applicant);
  }
}

/** The dashboard (/review/dashboard) as the demo officer or administrator sees it (the page: guard, then getDashboard). */
async function dashboard(user: () => { id: string }, query: Record<string, string>) {
  signIn(user());
  try {
    return await getDashboard({ actor: await requirePermission('insight:read'), query });
  } finally {
    signIn(applicant);
  }
}

/** What each benchmarked request reads and writes, in the order the page does it. */
const PAGES: Record<string, () => Promise<unknown>> = {
  '/standards': () => Promise.all([getPublishedCatalogue(), listPublishedVersions()]),
  '/projects': async () => listProjects({ actor: await requirePermission('project:read'), query: {} }),
  '/projects/[id]': async () => {
    const actor = await requirePermission('project:read');
    await getProject({ actor, projectId: benchDraftProjectId(1) });
    return listEvidence({ actor, projectId: benchDraftProjectId(1) });
  },
  '/projects/[id]/assessment': async () => getAssessmentView({ actor: await requirePermission('project:read'), projectId: benchDraftProjectId(1) }),
  '/projects/[id]/assessment/phase-1': async () =>
    getAssessmentView({ actor: await requirePermission('project:read'), projectId: benchDraftProjectId(1), phase: 'PHASE_1' }),
  '/review': () => reviewQueue({}),
  '/review (page 40, filtered)': () => reviewQueue({ q: 'projekt', sort: 'organisation', dir: 'asc', page: '40' }),
  'PDF of a revision (applicant)': async () =>
    getRevisionDocument({ actor: await requirePermission('assessment:pdf'), assessmentId: `${benchDraftProjectId(1)}-a`, revisionNumber: 1 }),
  'PDF of a revision (officer)': revisionPdfForOfficer,
  '/review/dashboard': () => dashboard(() => officer, {}),
  '/review/dashboard (organisations, filtered, page 2)': () => dashboard(() => admin, { columns: 'organisations', group: 'BOTH', version: '1', page: '2' }),
  '/admin/audit': () => auditLog({}),
  '/admin/audit (person and action, older)': () => auditLog({ actor: 'antrag@demo.example', action: 'answer.saved', before: `${Date.now()}_z` }),
  'autosave': async () => {
    const actor = await requirePermission('project:write');
    const answer = { status: 'FULFILLED' as const, implementation: `Zählung ${version}`, plannedMeasures: '', targetDate: null, partners: '' };
    const saved = await saveAnswer({ actor, projectId: benchDraftProjectId(1), standardKey: 'std-01', expectedVersion: version, answer });
    version = saved.version;
  },
};

async function count(page: string): Promise<number> {
  statements = 0;
  await PAGES[page]!();
  return statements;
}

async function countAll(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const page of Object.keys(PAGES)) result[page] = await count(page);
  return result;
}

let small: Record<string, number>;

beforeAll(async () => {
  await seed({ demo: true });
  await generateDataset(process.env.DATABASE_URL!, SMALL);
  applicant = await client.user.findUniqueOrThrow({ where: { email: 'antrag@demo.example' }, select: { id: true } });
  officer = await client.user.findUniqueOrThrow({ where: { email: 'pruefung@demo.example' }, select: { id: true } });
  admin = await client.user.findUniqueOrThrow({ where: { email: 'admin@demo.example' }, select: { id: true } });
  signIn(applicant);
  version = (await client.answer.findFirstOrThrow({ where: { revision: { id: `${benchDraftProjectId(1)}-r2` }, standardKey: 'std-01' }, select: { version: true } })).version;
  small = await countAll();
}, 120_000);

describe('SQL statements per request', () => {
  it('stay at most 8 per page, and the same at 2,000 projects as at 10', async () => {
    await generateDataset(process.env.DATABASE_URL!, LARGE);
    expect(await client.project.count()).toBeGreaterThanOrEqual(2000);
    const large = await countAll();
    console.log(`[statements per request, 10 → 2,000 projects] ${JSON.stringify(small)} → ${JSON.stringify(large)}`);
    expect(large).toEqual(small);
    for (const [page, statementCount] of Object.entries(large)) expect(statementCount, page).toBeLessThanOrEqual(8);
  }, 180_000);
});
