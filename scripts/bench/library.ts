/**
 * `npm run bench:library`: latency of the portal's domain functions (no HTTP, no rendering) on a real database, with targets.
 * Uses BENCH_DATABASE_URL (a PostgreSQL server; a fresh database is created and dropped there)
 * or, when unset, an in-memory embedded PGlite. Prints p50/p95 per operation and exits non-zero
 * when a p95 misses its target. Run it on an otherwise idle machine.
 *
 * Targets (p95, this machine kind: 2 cores):
 *   saveAnswer (autosave of one answer)             ≤ 100 ms
 *   getAssessmentView (the self-assessment page)    ≤ 150 ms
 *   listProjects (first page of 120 projects)       ≤ 150 ms
 *   submitAssessment (freeze 22 answers)            ≤ 250 ms
 */
import { performance } from 'node:perf_hooks';
import { onServer, urlWithDatabase } from '../lib/database-server';
import { startEmbeddedPostgres } from '../../lib/embedded-postgres/start-embedded-postgres';
import { bin, runOrThrow } from '../lib/run';

const TARGETS_MS = { saveAnswer: 100, getAssessmentView: 150, listProjects: 150, submitAssessment: 250 } as const;
type Operation = keyof typeof TARGETS_MS;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(runs: number, work: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 5; i++) await work(-1 - i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work(i);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

async function openDatabase(): Promise<{ url: string; close(): Promise<void> }> {
  const server = process.env.BENCH_DATABASE_URL;
  if (!server) {
    const embedded = await startEmbeddedPostgres({});
    return { url: embedded.url, close: embedded.stop };
  }
  const name = `portal_bench_${process.pid}`;
  await onServer(server, `CREATE DATABASE "${name}"`);
  return {
    url: urlWithDatabase(server, name),
    close: () => onServer(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function main() {
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  if (!process.env.BENCH_DATABASE_URL) process.env.DATABASE_POOL_MAX = '1';
  try {
    await runOrThrow(bin('prisma'), ['migrate', 'deploy'], { env: process.env, quiet: true });
    const { seed } = await import('../../prisma/seed/seed');
    const { db } = await import('../../lib/db');
    const { createProject } = await import('../../lib/projects/create-project');
    const { listProjects } = await import('../../lib/projects/list-projects');
    const { saveAnswer } = await import('../../lib/assessments/save-answer');
    const { getAssessmentView } = await import('../../lib/assessments/get-assessment-view');
    const { submitAssessment } = await import('../../lib/assessments/submit-assessment');
    await seed({ demo: true });
    const actor = await db.user.findUniqueOrThrow({ where: { email: 'antrag@demo.example' }, select: { id: true, role: true, organisationId: true } });

    const input = (n: number) => ({
      title: `Benchmark-Projekt ${n}`,
      description: 'Messung',
      startDate: '2027-01-01',
      endDate: '2028-12-31',
      targetGroup: 'BOTH',
      plannedParticipants: 10,
      countries: ['VN'],
      occupations: 'Pflege',
      region: 'magdeburg',
    });
    const projects: string[] = [];
    for (let n = 0; n < 120; n++) projects.push((await createProject({ actor, input: input(n) })).id);

    const answer = { status: 'FULFILLED' as const, implementation: 'x'.repeat(1500), plannedMeasures: '', targetDate: null, partners: 'IHK' };
    const versions = new Map<string, number>();
    const results: Record<Operation, number[]> = {
      saveAnswer: await measure(200, async (i) => {
        const key = `std-${String((Math.abs(i) % 22) + 1).padStart(2, '0')}`;
        const version = versions.get(key) ?? 0;
        const saved = await saveAnswer({ projectId: projects[0]!, standardKey: key, expectedVersion: version, answer, actor });
        versions.set(key, saved.version);
      }),
      getAssessmentView: await measure(100, () => getAssessmentView({ projectId: projects[0]!, actor })),
      listProjects: await measure(100, () => listProjects({ actor, query: { sort: 'updatedAt', dir: 'desc', page: 1 } })),
      submitAssessment: await measure(30, async (i) => {
        const projectId = projects[(i < 0 ? 100 + -i : 50 + i)]!;
        await db.answer.updateMany({
          where: { revision: { assessment: { projectId } } },
          data: { status: 'FULFILLED', implementation: 'Erledigt', version: { increment: 1 } },
        });
        await submitAssessment({ projectId, actor });
      }),
    };
    await db.$disconnect();

    let failed = false;
    console.log(`database: ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite (in memory)'}`);
    console.log('operation            runs   p50 ms   p95 ms   target p95');
    for (const [operation, times] of Object.entries(results) as [Operation, number[]][]) {
      const p50 = percentile(times, 50);
      const p95 = percentile(times, 95);
      const ok = p95 <= TARGETS_MS[operation];
      failed ||= !ok;
      console.log(
        `${operation.padEnd(20)} ${String(times.length).padStart(4)} ${p50.toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)}   ≤ ${TARGETS_MS[operation]} ms ${ok ? 'ok' : 'MISSED'}`,
      );
    }
    process.exitCode = failed ? 1 : 0;
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
