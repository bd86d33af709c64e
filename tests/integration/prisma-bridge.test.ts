/**
 * The offline Prisma schema-engine bridge (scripts/prisma-engine-bridge.cjs), end to end: the
 * real Prisma CLI, spawned asynchronously, migrating real databases through it.
 *
 * - PostgreSQL server: TEST_DATABASE_URL, or postgresql://postgres@127.0.0.1:5432/postgres
 *   (skipped with a warning only when TEST_DATABASE_URL is unset and that server is down).
 *   A fresh, uniquely named database per run, dropped afterwards.
 * - Embedded PGlite: an in-memory instance of its own (PGlite has one database per instance).
 * - Failure reporting: an unreachable database must give a clear non-zero exit, never a silent 0.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@/lib/embedded-postgres/start-embedded-postgres';
import { onServer, uniqueDatabaseName, urlWithDatabase } from '@/scripts/lib/database-server';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PRISMA = path.join(ROOT, 'node_modules', '.bin', 'prisma');
const BRIDGE = path.join(ROOT, 'scripts', 'prisma-engine-bridge.cjs');
const SCHEMA = path.join(ROOT, 'prisma', 'schema.prisma');
const TIMEOUT = 60_000;

const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

type Result = { code: number | null; stdout: string; stderr: string };

/** Spawns asynchronously: a synchronous child would block an in-process PGlite. */
function runProcess(command: string, args: string[], env: Record<string, string> = {}, input?: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const prisma = (args: string[], databaseUrl: string) => runProcess(PRISMA, args, { DATABASE_URL: databaseUrl });

async function query<T extends pg.QueryResultRow = pg.QueryResultRow>(url: string, sql: string, values?: unknown[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query<T>(sql, values);
  } finally {
    await client.end();
  }
}

async function reachable(url: string): Promise<boolean> {
  try {
    await query(url, 'SELECT 1');
    return true;
  } catch {
    return false;
  }
}

/** A local port that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

type RpcMessage = { jsonrpc?: string; id?: number; method?: string; params?: unknown; result?: unknown; error?: { data?: Record<string, unknown> } };

/**
 * Plays the CLI's side of the protocol: sends the requests one by one, answers the bridge's
 * `print` requests, and returns every line the bridge wrote to stdout, each parsed as JSON
 * (a line that is not JSON fails the test).
 */
async function talkToBridge(args: string[], requests: RpcMessage[]): Promise<RpcMessage[]> {
  const child = spawn(BRIDGE, args, { cwd: ROOT, stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const messages: RpcMessage[] = [];
  const waiting = new Map<number, () => void>();
  let buffered = '';
  child.stdout.on('data', (chunk) => {
    buffered += chunk;
    let newline;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const message = JSON.parse(buffered.slice(0, newline)) as RpcMessage;
      buffered = buffered.slice(newline + 1);
      messages.push(message);
      if (message.method === 'print') child.stdin.write(JSON.stringify({ jsonrpc: '2.0', id: message.id, result: {} }) + '\n');
      else if (message.id !== undefined) waiting.get(message.id)?.();
    }
  });
  const exited = once(child, 'close');
  let finished = false;
  const exitedEarly = exited.then(() => {
    if (!finished) throw new Error(`bridge exited before answering:\n${stderr}`);
  });
  exitedEarly.catch(() => {}); // observed through Promise.race below
  for (const request of requests) {
    const answered = new Promise<void>((resolve) => waiting.set(request.id!, resolve));
    child.stdin.write(JSON.stringify(request) + '\n');
    await Promise.race([answered, exitedEarly]);
  }
  finished = true;
  child.stdin.end();
  const [code] = await exited;
  expect(code, stderr).toBe(0);
  expect(buffered).toBe('');
  return messages;
}

/** What every migrated database must do, whatever serves it. */
async function expectMigratedSchema(url: string) {
  const tables = await query<{ table_name: string }>(
    url,
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  );
  expect(tables.rows.map((row) => row.table_name)).toEqual(
    expect.arrayContaining(['AuditEvent', 'CatalogueVersion', 'LoginAttempt', 'Organisation', 'Phase', 'Standard', 'Topic', 'User', '_prisma_migrations']),
  );

  await query(url, `INSERT INTO "Organisation" (id, name, "updatedAt") VALUES ('org-1', 'Bridge GmbH', now())`);
  const organisations = await query<{ name: string }>(url, `SELECT name FROM "Organisation" WHERE id = 'org-1'`);
  expect(organisations.rows).toEqual([{ name: 'Bridge GmbH' }]);

  // Hand-written part of the init migration: AuditEvent is append-only, e-mails are lower-case.
  await query(url, `INSERT INTO "AuditEvent" (id, action, "subjectType") VALUES ('audit-1', 'test.created', 'Test')`);
  await expect(query(url, `UPDATE "AuditEvent" SET action = 'tampered' WHERE id = 'audit-1'`)).rejects.toThrow(/append-only/);
  await expect(query(url, `DELETE FROM "AuditEvent" WHERE id = 'audit-1'`)).rejects.toThrow(/append-only/);
  const audit = await query<{ action: string }>(url, `SELECT action FROM "AuditEvent" WHERE id = 'audit-1'`);
  expect(audit.rows).toEqual([{ action: 'test.created' }]);
  await expect(
    query(url, `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ('u-1', 'Mixed@Case.de', 'n', 'h', 'ADMIN', now())`),
  ).rejects.toThrow(/User_email_lowercase_check/);
}

const serverAvailable = process.env.TEST_DATABASE_URL !== undefined || (await reachable(serverUrl));
if (!serverAvailable) console.warn(`[prisma-bridge.test] no PostgreSQL server at ${serverUrl}: server tests skipped`);

describe.skipIf(!serverAvailable)('prisma CLI through the bridge, PostgreSQL server', () => {
  const database = uniqueDatabaseName('bridge_test');
  const databaseUrl = urlWithDatabase(serverUrl, database);

  beforeAll(async () => {
    await onServer(serverUrl, `CREATE DATABASE "${database}"`);
  }, TIMEOUT);

  afterAll(async () => {
    await onServer(serverUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  }, TIMEOUT);

  it('applies the migrations with `prisma migrate deploy`', async () => {
    const result = await prisma(['migrate', 'deploy'], databaseUrl);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/successfully applied/);
    await expectMigratedSchema(databaseUrl);
  }, TIMEOUT);

  it('reports the database up to date with `prisma migrate status`', async () => {
    const result = await prisma(['migrate', 'status'], databaseUrl);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Database schema is up to date/);
  }, TIMEOUT);

  it('speaks nothing but JSON-RPC on stdout, and hands a diff back as a `print` request', async () => {
    const schema = readFileSync(SCHEMA, 'utf8');
    const messages = await talkToBridge(['--datamodels', SCHEMA, '--datasource', JSON.stringify({ url: databaseUrl })], [
      { jsonrpc: '2.0', id: 1, method: 'getDatabaseVersion', params: { datasource: { tag: 'ConnectionString', url: databaseUrl } } },
      {
        jsonrpc: '2.0',
        id: 2,
        method: 'diff',
        params: {
          from: { tag: 'empty' },
          to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA, content: schema }] },
          script: true,
          exitCode: null,
          filters: { externalTables: [], externalEnums: [] },
        },
      },
    ]);
    expect(messages.find((m) => m.id === 1 && 'result' in m)?.result).toMatch(/PostgreSQL/);
    const print = messages.find((m) => m.method === 'print') as { params: { content: string } } | undefined;
    expect(print?.params.content).toMatch(/CREATE TABLE "AuditEvent"/);
    expect(messages.find((m) => m.id === 2 && 'result' in m)?.result).toEqual({ exitCode: 0 });
  }, TIMEOUT);
});

describe('prisma CLI through the bridge, embedded PGlite', () => {
  let embedded: EmbeddedPostgres;

  beforeAll(async () => {
    embedded = await startEmbeddedPostgres({});
  }, TIMEOUT);

  afterAll(async () => {
    await embedded?.stop();
  }, TIMEOUT);

  it('applies the migrations with `prisma migrate deploy`', async () => {
    const result = await prisma(['migrate', 'deploy'], embedded.url);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    await expectMigratedSchema(embedded.url);
    const status = await prisma(['migrate', 'status'], embedded.url);
    expect(status.code, status.stdout + status.stderr).toBe(0);
    expect(status.stdout).toMatch(/Database schema is up to date/);
  }, TIMEOUT);
});

describe('an unreachable database', () => {
  it('makes `prisma migrate deploy` fail with P1001, not exit 0', async () => {
    const url = `postgresql://postgres@127.0.0.1:${await closedPort()}/nowhere`;
    const result = await prisma(['migrate', 'deploy'], url);
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/P1001|Can't reach database server/);
  }, TIMEOUT);

  it('makes the bridge itself exit non-zero with a P1001 log line (`cli can-connect-to-database`)', async () => {
    const url = `postgresql://postgres@127.0.0.1:${await closedPort()}/nowhere`;
    const result = await runProcess(BRIDGE, ['--datasource', JSON.stringify({ url }), 'cli', 'can-connect-to-database']);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    const errors = result.stderr.trim().split('\n').slice(1).map((line) => JSON.parse(line));
    expect(errors).toContainEqual(
      expect.objectContaining({ level: 'ERROR', target: 'schema_engine::logger', fields: expect.objectContaining({ error_code: 'P1001' }) }),
    );
  }, TIMEOUT);

  it('answers a JSON-RPC request with an error, not silence', async () => {
    const url = `postgresql://postgres@127.0.0.1:${await closedPort()}/nowhere`;
    const [response] = await talkToBridge(
      ['--datamodels', SCHEMA, '--datasource', JSON.stringify({ url })],
      [{ jsonrpc: '2.0', id: 7, method: 'ensureConnectionValidity', params: { datasource: { tag: 'ConnectionString', url } } }],
    );
    expect(response?.id).toBe(7);
    expect(response?.error?.data?.message).toMatch(/Can't reach database server/);
    expect(response?.error?.data?.error_code).toBe('P1001');
  }, TIMEOUT);
});
