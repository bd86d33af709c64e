import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { seed } from '@/prisma/seed/seed';
import { generateDataset } from '@/scripts/bench/generate-dataset';
import { actorFor } from '@/tests/support/factories';

/**
 * The review queue at 3,000 submitted self-assessments (the benchmark generator, 500
 * organisations): two statements per page at any size, and PostgreSQL's plan of each statement
 * (EXPLAIN of the SQL the page really sends, captured with Prisma's query events) reads through
 * the indexes of migration *_review_queue and *_review, never a sequential scan of the answers.
 */
const statements: { query: string; params: unknown[] }[] = [];
const client = new PrismaClient({
  adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 4 }),
  log: [{ emit: 'event', level: 'query' }],
});
client.$on('query', (event) => statements.push({ query: event.query, params: JSON.parse(event.params) as unknown[] }));
(globalThis as { portalDb?: unknown }).portalDb = client;

const { listReviewQueue } = await import('@/lib/review/list-review-queue');

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL!, max: 2 });
let officer: Awaited<ReturnType<typeof actorFor>>;

/**
 * The plan of each statement `call` sent (the settings read excluded), as text. `seqScan: false`
 * asks what PostgreSQL does when a sequential scan is not an option: whether an index can serve.
 */
async function plans(call: () => Promise<unknown>, { seqScan = true } = {}): Promise<string[]> {
  statements.length = 0;
  await call();
  const queue = statements.filter((statement) => !statement.query.includes('"Setting"'));
  const connection = await pool.connect();
  try {
    await connection.query(`SET enable_seqscan = ${seqScan ? 'on' : 'off'}`);
    const result: string[] = [];
    for (const { query, params } of queue) {
      const { rows } = await connection.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${query}`, params);
      result.push(rows.map((row) => row['QUERY PLAN']).join('\n'));
    }
    return result;
  } finally {
    await connection.query('RESET enable_seqscan');
    connection.release();
  }
}

beforeAll(async () => {
  await seed({ demo: true });
  await generateDataset(process.env.DATABASE_URL!, { projects: 3000, organisations: 500, demoProjects: 50, demoDrafts: 10, officers: 20, auditEvents: 0 });
  officer = await actorFor('pruefung@demo.example');
}, 300_000);

afterAll(async () => {
  await pool.end();
});

describe('review queue at 3,000 self-assessments', () => {
  it('pages by 50 with two statements, page 1 and page 40 of a filtered queue', async () => {
    statements.length = 0;
    const first = await listReviewQueue({ actor: officer });
    expect(statements.filter((statement) => !statement.query.includes('"Setting"'))).toHaveLength(2);
    expect(first.total).toBe(3000);
    expect(first.rows).toHaveLength(50);
    expect(first.pageCount).toBe(60);
    const submitted = first.rows.map((row) => row.submittedAt.getTime());
    expect(submitted).toEqual([...submitted].sort((a, b) => a - b));

    const query = { q: 'projekt', sort: 'organisation', dir: 'asc' };
    const page40 = await listReviewQueue({ actor: officer, query: { ...query, page: '40' } });
    const page41 = await listReviewQueue({ actor: officer, query: { ...query, page: '41' } });
    expect(page40.page).toBe(40);
    expect(page40.rows).toHaveLength(50);
    expect(page40.rows.some((row) => page41.rows.some((other) => other.id === row.id))).toBe(false);
    expect(page40.rows.at(-1)!.organisationName.localeCompare(page41.rows[0]!.organisationName, 'de')).toBeLessThanOrEqual(0);
  });

  it('reads through indexes: the latest submitted revision, the answers and verdicts of the page, the trigram indexes for text', async () => {
    const [count, page] = await plans(() => listReviewQueue({ actor: officer, query: { page: '40' } }));
    console.log(`[review queue plans]\n--- count\n${count}\n--- page 40\n${page}`);
    expect(page).toMatch(/Revision_submitted_idx/);
    // The answers of the page's revisions by an index on (revisionId, standardKey, …): the unique key,
    // or the dashboard's (revisionId, standardKey, status), which answers the status counts alone.
    expect(page).toMatch(/Answer_revisionId_standardKey_(key|status_idx)/);
    // (StandardVerdict is empty in this dataset: PostgreSQL rightly scans it instead of its primary key.)
    expect(page).not.toMatch(/Seq Scan on "Answer"/);
    expect(count).not.toMatch(/Seq Scan on "Answer"/);

    // Free text: at 3,000 projects (350 pages) PostgreSQL may rightly prefer reading the table;
    // the statement is written so that the trigram indexes can serve it (two subqueries, not an
    // OR across the join), which is what counts once the table grows.
    const text = () => listReviewQueue({ actor: officer, query: { q: 'Pflegekräfte' } });
    const [textCount, textPage] = await plans(text);
    console.log(`[review queue plans, text filter]\n--- count\n${textCount}\n--- page\n${textPage}`);
    const [forcedCount, forcedPage] = await plans(text, { seqScan: false });
    for (const plan of [forcedCount, forcedPage]) {
      expect(plan).toMatch(/Project_title_trgm_idx/);
      expect(plan).toMatch(/Organisation_name_trgm_idx/);
    }
  });
});
