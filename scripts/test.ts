/**
 * `npm test`: the whole suite, the same on a fresh machine and in CI.
 * 1. Vitest: unit tests, and integration tests against PostgreSQL (TEST_DATABASE_URL, or an
 *    embedded PGlite when unset), one database per test file.
 * 2. The scale-out test (tests/scale, vitest.scale.config.mts): two production instances on one
 *    PostgreSQL database and one S3 server. It builds the app when the sources changed (the
 *    build fingerprint), so the browser tests after it reuse that build. Needs TEST_DATABASE_URL
 *    (the embedded PGlite keeps one connection); without it, it is reported as not run.
 * 3. Playwright: browser journeys against the real start script (`next start`), every page
 *    scanned with axe-core; on a fresh database (TEST_DATABASE_URL's server, or a fresh
 *    embedded data directory).
 * Ends with one summary line "tests: N passed, M failed" and a non-zero exit on any failure.
 * `npm test -- --unit-only` / `--e2e-only` run one half; after a second `--`, arguments go to
 * Playwright (`npm test -- --e2e-only -- tests/e2e/sign-in.spec.ts`).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, bin, run } from './lib/run';
import { onServer, uniqueDatabaseName, urlWithDatabase } from './lib/database-server';

/** The browser tests' portal signs in to PostgreSQL as this role (created once per server). */
const E2E_APP_ROLE = 'portal_e2e_app';

type Counts = { passed: number; failed: number; skipped: number };

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

function vitestCounts(file: string): Counts | null {
  const report = readJson(file) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number } | null;
  return report && { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightCounts(file: string): Counts | null {
  const report = readJson(file) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | null;
  return report && { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped };
}

async function runVitest(name = 'vitest', extra: string[] = []): Promise<{ code: number; counts: Counts | null }> {
  const report = path.join(ROOT, 'test-results', `${name}-report.json`);
  rmSync(report, { force: true });
  const code = await run(bin('vitest'), ['run', ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  return { code, counts: vitestCounts(report) };
}

async function runPlaywright(extra: string[]): Promise<{ code: number; counts: Counts | null }> {
  const report = path.join(ROOT, 'test-results', 'e2e-report.json');
  rmSync(report, { force: true });
  const env: NodeJS.ProcessEnv = { ...process.env };
  const server = process.env.TEST_DATABASE_URL;
  let database: string | null = null;
  if (server) {
    database = uniqueDatabaseName('portal_e2e');
    await onServer(server, `CREATE DATABASE "${database}"`);
    env.E2E_DATABASE_URL = urlWithDatabase(server, database);
    // The portal runs as a role that owns nothing, as in production (ADR 026); the tests' own
    // arranging and the migrations use the server's owner role.
    await onServer(server, `DO $$ BEGIN CREATE ROLE ${E2E_APP_ROLE} LOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    const appUrl = new URL(env.E2E_DATABASE_URL);
    appUrl.username = E2E_APP_ROLE;
    appUrl.password = '';
    env.E2E_APP_DATABASE_URL = appUrl.toString();
  } else {
    const dataDir = path.join(ROOT, 'data', 'pglite-e2e');
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}.pid`, { force: true });
  }
  try {
    const code = await run(bin('playwright'), ['test', ...extra], { env });
    return { code, counts: playwrightCounts(report) };
  } finally {
    if (database && server) await onServer(server, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => {});
  }
}

async function main() {
  // Options of this script come first; anything after `--` goes to Playwright (e.g. a spec file).
  const argv = process.argv.slice(2);
  const split = argv.indexOf('--');
  const args = new Set(split === -1 ? argv : argv.slice(0, split));
  const playwrightArgs = split === -1 ? [] : argv.slice(split + 1);
  const results: { name: string; code: number; counts: Counts | null }[] = [];
  if (!args.has('--e2e-only')) results.push({ name: 'vitest', ...(await runVitest()) });
  if (args.has('--unit-only') || args.has('--e2e-only')) {
    // Neither half: the scale-out test starts production servers (npm test runs it between them).
  } else if (process.env.TEST_DATABASE_URL) {
    results.push({ name: 'scale-out', ...(await runVitest('vitest-scale', ['--config', 'vitest.scale.config.mts'])) });
  } else {
    console.log('[test] scale-out: not run — two instances need a PostgreSQL server (TEST_DATABASE_URL); the embedded PGlite keeps one connection');
  }
  if (!args.has('--unit-only')) results.push({ name: 'playwright', ...(await runPlaywright(playwrightArgs)) });

  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  for (const result of results) {
    const counts = result.counts ?? { passed: 0, failed: result.code === 0 ? 0 : 1, skipped: 0 };
    console.log(`[test] ${result.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (exit ${result.code})`);
    total.passed += counts.passed;
    total.failed += counts.failed + (result.code !== 0 && counts.failed === 0 ? 1 : 0);
    total.skipped += counts.skipped;
  }
  console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  process.exit(results.every((result) => result.code === 0) && total.failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
