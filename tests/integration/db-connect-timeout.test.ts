/**
 * The app's pool (lib/db.ts): opening a connection to a host that accepts the socket and never
 * answers fails after CONNECT_TIMEOUT_MS as `databaseUnavailable`, instead of hanging until the
 * request's own limits run out; waiting for a free connection of a busy pool is not cut by that
 * limit (under load it may take up to TRANSACTION_WAITS.maxWait, ADR 033).
 */
import net from 'node:net';
import pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CONNECT_TIMEOUT_MS, PortalClient } from '@/lib/db';
import { isDatabaseUnavailable } from '@/lib/db/is-database-unavailable';
import { isDatabaseBusy } from '@/lib/db/is-database-busy';
import { createPrismaClient } from '@/lib/db/create-prisma-client';
import { toActionFailure } from '@/lib/forms/to-action-failure';

const silent = new Set<net.Socket>();
const silentServer = net.createServer((socket) => {
  silent.add(socket);
  socket.on('error', () => undefined);
});
afterAll(async () => {
  for (const socket of silent) socket.destroy();
  await new Promise((resolve) => silentServer.close(resolve));
});

describe('the app’s database connections', () => {
  it('give up on a database that accepts the connection and never answers after CONNECT_TIMEOUT_MS, as unavailable', { timeout: 40_000 }, async () => {
    await new Promise<void>((resolve) => silentServer.listen(0, '127.0.0.1', resolve));
    const { port } = silentServer.address() as net.AddressInfo;
    const pool = new pg.Pool({ connectionString: `postgresql://postgres@127.0.0.1:${port}/none`, max: 1, Client: PortalClient });
    const started = Date.now();
    const error = await pool.query('SELECT 1').catch((failure: unknown) => failure);
    const waited = Date.now() - started;
    expect(error).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseBusy(error)).toBe(false);
    expect(waited).toBeGreaterThanOrEqual(CONNECT_TIMEOUT_MS - 100);
    expect(waited).toBeLessThan(CONNECT_TIMEOUT_MS + 3_000);

    // Through Prisma, as a Server Action meets it: a transaction that never got its connection.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const client = createPrismaClient({ url: '', pool });
    const failure = await client.$transaction(async (tx) => tx.$queryRaw`SELECT 1`).catch((thrown: unknown) => thrown);
    await client.$disconnect();
    expect(toActionFailure(failure)).toEqual({ ok: false, formError: 'databaseUnavailable' });
  });

  // Needs a second session beside a sleeping one: the embedded PGlite runs one (ADR 002).
  it.skipIf(process.env.DATABASE_POOL_MAX === '1')('let a request wait for a free connection of a busy pool longer than CONNECT_TIMEOUT_MS', async () => {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1, Client: PortalClient });
    const holdSeconds = CONNECT_TIMEOUT_MS / 1000 + 1;
    const holding = pool.query('SELECT pg_sleep($1)', [holdSeconds]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    const { rows } = await pool.query<{ answer: number }>('SELECT 42 AS answer');
    await holding;
    await pool.end();
    expect(rows).toEqual([{ answer: 42 }]);
    expect(Date.now() - started).toBeGreaterThan(CONNECT_TIMEOUT_MS);
  });
});
