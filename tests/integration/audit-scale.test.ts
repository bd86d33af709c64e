import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { seed } from '@/prisma/seed/seed';
import { actorFor } from '@/tests/support/factories';

/**
 * The audit log viewer at 200,000 events, or a million (AUDIT_SCALE_ROWS; one INSERT … SELECT
 * generate_series: events 31 seconds apart from 50 actors and 12 actions, one of them rare): PostgreSQL's plan of each statement a page sends
 * (EXPLAIN of the SQL really sent, captured with Prisma's query events) reads one index ending
 * in (at, id) and stops after the page — an Index Scan, no Sort over the table, no sequential
 * scan — on page 1 and on a page half-way down, unfiltered and filtered.
 */
// 200,000 by default (the file then takes ~10 s); AUDIT_SCALE_ROWS=1000000 for the full million
// (~15–25 s of bulk load on a two-core machine; the plans are the same).
const ROWS = Number(process.env.AUDIT_SCALE_ROWS ?? 200_000);

/** The indexes of migration *_audit_log (and the init migration's primary key). */
const INDEXES = ['AuditEvent_action_at_id_idx', 'AuditEvent_actorId_at_id_idx', 'AuditEvent_at_id_idx', 'AuditEvent_subjectType_subjectId_at_id_idx'];

const statements: { query: string; params: unknown[] }[] = [];
const client = new PrismaClient({
  adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 4 }),
  log: [{ emit: 'event', level: 'query' }],
});
client.$on('query', (event) => statements.push({ query: event.query, params: JSON.parse(event.params) as unknown[] }));
(globalThis as { portalDb?: unknown }).portalDb = client;

const { listAuditEvents } = await import('@/lib/audit/list-audit-events');
const { listAuditFilterOptions } = await import('@/lib/audit/list-audit-filter-options');

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL!, max: 2 });
let actorEmail: string;

/** The plans of the statements on "AuditEvent" that `call` sent, as text. */
async function plans(call: () => Promise<unknown>): Promise<string[]> {
  statements.length = 0;
  await call();
  const sent = statements.filter((statement) => statement.query.includes('"AuditEvent"'));
  const connection = await pool.connect();
  try {
    const result: string[] = [];
    for (const { query, params } of sent) {
      const { rows } = await connection.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${query}`, params);
      result.push(rows.map((row) => row['QUERY PLAN']).join('\n'));
    }
    return result;
  } finally {
    connection.release();
  }
}

/** The page's statement reads AuditEvent through `index` in order, and neither sorts nor scans the table. */
function expectIndexRead(plan: string, index: string) {
  expect(plan).toMatch(new RegExp(`Index Scan(?: Backward)? using "${index}" on "AuditEvent"`));
  expect(plan).not.toMatch(/Sort/);
  expect(plan).not.toMatch(/Seq Scan on "AuditEvent"/);
}

/**
 * A selective filter (one person, a rare action, one subject): the rows come from the filter's
 * own index. PostgreSQL may read those few rows by bitmap and sort them (cheaper than an ordered
 * scan when they are dozens); never the whole table.
 */
function expectFilterIndex(plan: string, index: string) {
  expect(plan).toMatch(new RegExp(`(?:Index Scan(?: Backward)? using|Bitmap Index Scan on) "${index}"`));
  expect(plan).not.toMatch(/Seq Scan on "AuditEvent"/);
}

beforeAll(async () => {
  await seed({ demo: true });
  actorEmail = (await actorFor('pruefung@demo.example')).email;
  const started = Date.now();
  // Bulk loading is faster with the secondary indexes built afterwards (one sort each) than
  // updated row by row; they are rebuilt from their own definitions (the migration's).
  const { rows: indexes } = await pool.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE tablename = 'AuditEvent' AND indexname <> 'AuditEvent_pkey'`,
  );
  expect(indexes.map((index) => index.name).sort()).toEqual(INDEXES);
  for (const index of indexes) await pool.query(`DROP INDEX "${index.name}"`);
  await pool.query(
    `INSERT INTO "AuditEvent" ("id", "at", "actorId", "action", "subjectType", "subjectId", "details")
     SELECT 'scale-' || lpad(n::text, 7, '0'),
       timestamp '2030-01-01' + (n * interval '31 seconds'),
       CASE WHEN n % 5000 = 0 THEN (SELECT "id" FROM "User" WHERE "email" = 'pruefung@demo.example') ELSE 'scale-user-' || (n % 50) END,
       CASE WHEN n % 1000 = 7 THEN 'settings.updated' ELSE
         (ARRAY['answer.saved', 'answer.saved', 'answer.saved', 'project.updated', 'company.added', 'assessment.submit',
                'user.sign-in', 'user.sign-out', 'evidence.added', 'comment.created', 'verdict.set'])[1 + n % 11] END,
       (ARRAY['Answer', 'Project', 'User', 'Assessment'])[1 + n % 4],
       'scale-subject-' || (n % 20000),
       jsonb_build_object('n', n)
     FROM generate_series(1, ${ROWS}) AS n`,
  );
  for (const index of indexes) await pool.query(index.definition);
  await pool.query('ANALYZE "AuditEvent"');
  console.log(`[audit scale] ${ROWS.toLocaleString('en')} events inserted, indexed and analysed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}, 300_000);

afterAll(async () => {
  await pool.end();
});

describe(`audit log at ${ROWS.toLocaleString('en')} events`, () => {
  it('reads page 1 and a page half-way down through the (at, id) index', async () => {
    const first = await listAuditEvents();
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]!.id).toBe(`scale-${String(ROWS).padStart(7, '0')}`);

    // A cursor half-way down, as „Ältere Einträge“ would carry it after thousands of pages.
    const deep = `${Date.parse('2030-01-01T00:00:00Z') + (ROWS / 2) * 31_000}_scale-${String(ROWS / 2).padStart(7, '0')}`;
    const page = await listAuditEvents({ query: { before: deep } });
    expect(page.rows[0]!.id).toBe(`scale-${String(ROWS / 2 - 1).padStart(7, '0')}`);
    expect(page.rows).toHaveLength(50);

    const [firstPlan] = await plans(() => listAuditEvents());
    const [deepPlan] = await plans(() => listAuditEvents({ query: { before: deep } }));
    console.log(`[audit scale plans]\n--- page 1\n${firstPlan}\n--- deep page\n${deepPlan}`);
    expectIndexRead(firstPlan!, 'AuditEvent_at_id_idx');
    expectIndexRead(deepPlan!, 'AuditEvent_at_id_idx');

    // „Neuere Einträge“ reads the same index forwards.
    const [newerPlan] = await plans(() => listAuditEvents({ query: { after: deep } }));
    expectIndexRead(newerPlan!, 'AuditEvent_at_id_idx');
  });

  it('reads a filtered page through the filter’s own index, also deep', async () => {
    const deep = `${Date.parse('2030-01-01T00:00:00Z') + (ROWS / 2) * 31_000}_scale-${String(ROWS / 2).padStart(7, '0')}`;
    const [action] = await plans(() => listAuditEvents({ query: { action: 'settings.updated', before: deep } }));
    expectFilterIndex(action!, 'AuditEvent_action_at_id_idx');
    const statementsOf = await plans(() => listAuditEvents({ query: { actor: actorEmail, before: deep } }));
    expectFilterIndex(statementsOf.at(-1)!, 'AuditEvent_actorId_at_id_idx');
    const [subject] = await plans(() => listAuditEvents({ query: { type: 'Answer', subject: 'scale-subject-4', before: deep } }));
    expectFilterIndex(subject!, 'AuditEvent_subjectType_subjectId_at_id_idx');
    // A subject id without its type: looked up under each type there is (the first statement lists them).
    const anyType = await plans(() => listAuditEvents({ query: { subject: 'scale-subject-4' } }));
    expectFilterIndex(anyType.at(-1)!, 'AuditEvent_subjectType_subjectId_at_id_idx');
    const [range] = await plans(() => listAuditEvents({ query: { from: '2030-03-01', to: '2030-03-31' } }));
    expectIndexRead(range!, 'AuditEvent_at_id_idx');
  });

  it('lists the filter choices without reading the table (a skip scan per distinct value)', async () => {
    const options = await listAuditFilterOptions();
    expect(options.actions).toEqual(expect.arrayContaining(['answer.saved', 'settings.updated', 'verdict.set', 'user.sign-out']));
    expect(options.actions).toEqual([...new Set(options.actions)].sort());
    expect(options.subjectTypes).toEqual(expect.arrayContaining(['Answer', 'Assessment', 'Project', 'User']));
    const optionPlans = await plans(() => listAuditFilterOptions());
    for (const plan of optionPlans) expect(plan).not.toMatch(/Seq Scan on "AuditEvent"/);
  });
});
