/**
 * Once per test run: prepares a migrated template for the per-file databases
 * (tests/setup/file-database.ts), migrated with `prisma migrate deploy` through the offline
 * bridge.
 * - TEST_DATABASE_URL set (CI): a template database on that PostgreSQL server; each file
 *   clones it with CREATE DATABASE … TEMPLATE.
 * - unset (a fresh machine): an embedded PGlite, migrated, dumped to a tarball; each file
 *   starts its own in-memory PGlite from it. (All connections to one PGlite share one
 *   database and session whatever the URL says, so one instance per file is the only
 *   isolation; docs/decisions/002-embedded-postgres-pglite.md.)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '@/lib/embedded-postgres/start-embedded-postgres';
import { onServer, uniqueDatabaseName, urlWithDatabase } from '@/scripts/lib/database-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PostgreSQL server mode: server URL and template database name. */
    databaseServerUrl: string | null;
    templateDatabase: string | null;
    /** Embedded mode: path of the migrated PGlite tarball. */
    embeddedTemplateFile: string | null;
  }
}

function migrate(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/prisma'), ['migrate', 'deploy'], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`prisma migrate deploy failed (${code}):\n${output}`))));
  });
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const template = uniqueDatabaseName('portal_tpl');
    await onServer(serverUrl, `CREATE DATABASE "${template}"`);
    await migrate(urlWithDatabase(serverUrl, template));
    project.provide('databaseServerUrl', serverUrl);
    project.provide('templateDatabase', template);
    project.provide('embeddedTemplateFile', null);
    return () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  }

  const embedded = await startEmbeddedPostgres({});
  try {
    await migrate(embedded.url);
    const directory = mkdtempSync(path.join(tmpdir(), 'portal-test-'));
    const file = path.join(directory, 'template.tar');
    writeFileSync(file, Buffer.from(await (await embedded.dump()).arrayBuffer()));
    project.provide('databaseServerUrl', null);
    project.provide('templateDatabase', null);
    project.provide('embeddedTemplateFile', file);
    return () => rmSync(directory, { recursive: true, force: true });
  } finally {
    await embedded.stop();
  }
}
