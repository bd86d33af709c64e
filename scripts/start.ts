/**
 * `npm start`: the whole portal from one command.
 * - Without DATABASE_URL: starts the embedded PostgreSQL (PGlite, data/pglite), generates an
 *   AUTH_SECRET once (data/auth-secret), migrates, seeds the catalogue and the demo accounts.
 * - With DATABASE_URL (production): migrates and seeds the catalogue only (demo accounts only
 *   with --demo) as the owner role (MIGRATION_DATABASE_URL, when set) and grants the app's role
 *   what it needs (scripts/lib/migrate.ts); AUTH_SECRET must be set.
 * Then builds when the sources changed and serves on PORT (default 3000) with one Next process
 * per core (scripts/serve.ts; one with the embedded database). With demo accounts (embedded or
 * --demo) it listens on 127.0.0.1 only; another HOSTNAME_BIND needs --demo-on-network
 * (scripts/lib/demo-bind.ts). `--dev` runs `next dev` instead. Ctrl+C stops the app and the embedded database cleanly.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { parseEnv } from '../lib/env';
import { ensureProductionBuild } from './lib/build-fingerprint';
import { resolveDemoBind } from './lib/demo-bind';
import { ensureLocalSecret } from './lib/local-secret';
import { migrateDatabase, ownerUrlFor } from './lib/migrate';
import { openDatabase } from './lib/open-database';
import { ROOT, bin, runOrThrow, start } from './lib/run';

async function main() {
  const { values } = parseArgs({
    options: {
      dev: { type: 'boolean', default: false },
      demo: { type: 'boolean', default: false },
      'demo-on-network': { type: 'boolean', default: false },
    },
  });
  const database = await openDatabase();
  let stopping = false;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXT_TELEMETRY_DISABLED: '1',
    PORTAL_EMBEDDED: database.embedded ? '1' : '0',
    PORT: process.env.PORT ?? '3000',
  };
  if (database.embedded) {
    env.AUTH_SECRET ??= ensureLocalSecret(path.join(ROOT, 'data', 'auth-secret'));
    // PGlite serves one connection's messages at a time only per message: one pooled connection.
    env.DATABASE_POOL_MAX ??= '1';
    // One machine, loopback only: without NEXTAUTH_URL, sign-in stays on the host and port the
    // browser used (http://localhost:3000 or http://127.0.0.1:3000); next-auth then takes its
    // origin from the request (AUTH_TRUST_HOST).
    if (!env.NEXTAUTH_URL) env.AUTH_TRUST_HOST ??= '1';
  } else if (env.ALLOW_HTTP === '1') {
    // A lab on plain http (lib/env.ts): the address defaults to this machine.
    env.NEXTAUTH_URL ??= `http://localhost:${env.PORT}`;
  }

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await database.close().catch((error) => console.error(error));
    process.exit(code);
  };

  try {
    parseEnv(env);
    // Demo accounts (the embedded mode, --demo) and /dev/mail are for one machine: loopback only,
    // unless HOSTNAME_BIND asks for more and --demo-on-network confirms it (ADR 024).
    const bind = resolveDemoBind({
      requested: process.env.HOSTNAME_BIND,
      demo: database.embedded || values.demo,
      demoOnNetwork: values['demo-on-network'],
    });
    if (!bind.ok) throw new Error(bind.message);
    if (bind.warning) console.warn(`[start] ${bind.warning}`);
    const hostname = bind.hostname;
    console.log(`[start] Datenbank: ${database.embedded ? 'eingebettet (PGlite, data/pglite)' : 'PostgreSQL-Server (DATABASE_URL)'}`);
    // As the owner (MIGRATION_DATABASE_URL on a server with two roles), then the app's grants.
    await migrateDatabase({ appUrl: database.url, embedded: database.embedded, env, quiet: true });
    const seedArgs = database.embedded || values.demo ? ['--demo'] : [];
    await runOrThrow(bin('tsx'), ['--conditions=react-server', 'scripts/db.ts', 'seed', ...seedArgs], {
      env: { ...env, DATABASE_URL: ownerUrlFor(database.url, database.embedded) },
    });

    let app;
    if (values.dev) {
      // Through serve.ts as well: `next dev --hostname 127.0.0.1` would send the locale rewrites out
      // as external requests (ADR 011).
      app = start(bin('tsx'), ['scripts/serve.ts'], { ...env, NODE_ENV: 'development', PORTAL_DEV: '1', HOSTNAME_BIND: hostname ?? '' });
    } else {
      await ensureProductionBuild(env, (line) => console.log(`[start] ${line}`));
      // One Next process per core (scripts/serve.ts); the embedded database serves one connection,
      // so it gets one process.
      const workers = database.embedded ? '1' : (process.env.WEB_CONCURRENCY ?? '');
      app = start(bin('tsx'), ['scripts/serve.ts'], { ...env, NODE_ENV: 'production', HOSTNAME_BIND: hostname ?? '', WEB_CONCURRENCY: workers });
    }
    console.log(`[start] Portal: http://localhost:${env.PORT}`);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        app.kill('SIGTERM');
      });
    }
    app.on('exit', (code) => void shutdown(code ?? 0));
  } catch (error) {
    console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

void main();
