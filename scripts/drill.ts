/**
 * `npm run drill`: the failure drills (ADR 033, tests/drills/) against a production server as
 * `npm start` runs it (scripts/serve.ts), on a fresh database of TEST_DATABASE_URL's server
 * (default the local PostgreSQL), reached through a TCP proxy the drills control (the shared
 * server itself is never restarted). Reuses the build when it is current (scripts/lib/
 * build-fingerprint.ts), so after `npm test` nothing is built twice.
 * - load: 50 applicants autosave and upload, 50 clients read pages, for 60 s;
 * - database outage: the proxy drops every connection and refuses new ones for a while;
 * - storage failure: the evidence storage full (a small tmpfs, when `mount` is allowed) and not
 *   writable.
 * DRILL_PORT (default 3321) and DRILL_PROXY_PORT (default 55432); arguments go to Playwright.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildFingerprint, buildIsCurrent, recordBuild } from './lib/build-fingerprint';
import { onServer, uniqueDatabaseName, urlWithDatabase } from './lib/database-server';
import { migrateDatabase } from './lib/migrate';
import { ROOT, bin, run, runOrThrow } from './lib/run';
import { E2E } from '../tests/e2e/support/e2e-env';

/** The drill portal's own role, owning nothing (ADR 026), as in production. */
const APP_ROLE = 'portal_drill_app';
/** The storage's size when it is a tmpfs: room for the load drill's files, quick to fill. */
const TMPFS_SIZE = '48m';

async function main() {
  const server = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const database = uniqueDatabaseName('portal_drill');
  const storageRoot = mkdtempSync(path.join(tmpdir(), 'portal-drill-'));
  const storageDir = path.join(storageRoot, 'uploads');
  let tmpfs = false;
  let code = 1;
  await onServer(server, `CREATE DATABASE "${database}"`);
  try {
    await onServer(server, `DO $$ BEGIN CREATE ROLE ${APP_ROLE} LOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    const ownerUrl = urlWithDatabase(server, database);
    const appUrl = new URL(ownerUrl);
    appUrl.username = APP_ROLE;
    appUrl.password = '';
    process.env.MIGRATION_DATABASE_URL = ownerUrl;
    await migrateDatabase({ appUrl: appUrl.toString(), embedded: false, env: process.env, quiet: true });
    await runOrThrow(bin('tsx'), ['--conditions=react-server', 'scripts/db.ts', 'seed', '--demo'], {
      // The demo staff's two-factor secrets are sealed with the portal's AUTH_SECRET (the browser tests').
      env: { ...process.env, DATABASE_URL: ownerUrl, AUTH_SECRET: E2E.serverEnv.AUTH_SECRET, NEXTAUTH_URL: 'http://localhost', ALLOW_HTTP: '1' },
      quiet: true,
    });

    const fingerprint = buildFingerprint();
    if (!buildIsCurrent(fingerprint)) {
      console.log('[drill] next build …');
      await runOrThrow(bin('next'), ['build'], { env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }, quiet: true });
      recordBuild(fingerprint);
    }

    // A real full disk needs a small file system of its own: a tmpfs, where this machine allows `mount`.
    await runOrThrow('mkdir', ['-p', storageDir]);
    tmpfs = (await run('mount', ['-t', 'tmpfs', '-o', `size=${TMPFS_SIZE},mode=0700`, 'tmpfs', storageDir], { quiet: true })) === 0;
    console.log(`[drill] evidence storage: ${storageDir} (${tmpfs ? `tmpfs, ${TMPFS_SIZE}` : 'no tmpfs: `mount` is not allowed here'})`);

    code = await run(bin('playwright'), ['test', '-c', 'playwright.drills.config.ts', ...process.argv.slice(2)], {
      env: {
        ...process.env,
        E2E_PORT: process.env.DRILL_PORT ?? '3321',
        E2E_DATABASE_URL: ownerUrl,
        E2E_APP_DATABASE_URL: appUrl.toString(),
        DRILL_PROXY_PORT: process.env.DRILL_PROXY_PORT ?? '55432',
        DRILL_STORAGE_DIR: storageDir,
        DRILL_TMPFS: tmpfs ? '1' : '0',
      },
    });
  } finally {
    if (tmpfs) await run('umount', [storageDir], { quiet: true });
    rmSync(storageRoot, { recursive: true, force: true });
    await onServer(server, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => {});
  }
  console.log(`[drill] ${code === 0 ? 'all drills passed' : 'a drill failed'} (report: ${path.relative(ROOT, path.join(ROOT, 'test-results', 'drill-report.json'))})`);
  process.exit(code);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
