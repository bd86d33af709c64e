/**
 * Before each integration test file: a database of its own, cloned from the migrated template
 * (tests/setup/global-database.ts), and DATABASE_URL pointing at it (lib/db reads it on first
 * use). Dropped after the file.
 */
import { readFileSync } from 'node:fs';
import { afterAll, inject } from 'vitest';
import { startEmbeddedPostgres } from '@/lib/embedded-postgres/start-embedded-postgres';
import { onServer, uniqueDatabaseName, urlWithDatabase } from '@/scripts/lib/database-server';

async function createDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = inject('databaseServerUrl');
  const template = inject('templateDatabase');
  if (serverUrl && template) {
    const name = uniqueDatabaseName('portal_test');
    await onServer(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    return {
      url: urlWithDatabase(serverUrl, name),
      drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const tarball = new Blob([readFileSync(inject('embeddedTemplateFile')!)]);
  // One pooled connection on PGlite, as in the embedded app (lib/db/create-prisma-client.ts).
  process.env.DATABASE_POOL_MAX = '1';
  const embedded = await startEmbeddedPostgres({ loadDataDir: tarball });
  return { url: embedded.url, drop: embedded.stop };
}

const database = await createDatabase();
process.env.DATABASE_URL = database.url;

afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  delete (globalThis as { portalDb?: unknown }).portalDb;
  delete (globalThis as { portalDbPool?: unknown }).portalDbPool;
  await database.drop();
});
