import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/**
 * Creates a Prisma client on the `pg` driver. The app uses the single instance in lib/db.ts;
 * scripts and tests that need a client for another database call this directly.
 *
 * `onQuery` hears every SQL statement (tests/integration/query-count.test.ts counts them).
 *
 * `pool`: an existing `pg` pool to run on (lib/db.ts shares its pool with the job queue, so that
 * on the embedded PGlite every statement of the process goes through one connection, ADR 015).
 *
 * `max` is the size of the connection pool. The embedded PGlite needs 1: its socket server
 * queues protocol messages one by one, so two connections sending queries at the same time can
 * interleave (a Bind of one meets the Parse of the other). With one connection every query and
 * transaction waits its turn; transactions then may wait longer for the connection.
 */
export function createPrismaClient({
  url,
  max = 10,
  onQuery,
  pool,
}: {
  url: string;
  max?: number;
  onQuery?: (sql: string) => void;
  pool?: pg.Pool;
}) {
  // A shared pool is still ended by `$disconnect()`, as the adapter's own would be.
  const adapter = pool ? new PrismaPg(pool, { disposeExternalPool: true }) : new PrismaPg({ connectionString: url, max });
  const client = new PrismaClient({
    adapter,
    ...(max === 1 ? { transactionOptions: { maxWait: 15_000, timeout: 20_000 } } : {}),
    // Query events only where someone listens (the statement-count test); none in the app.
    ...(onQuery ? { log: [{ emit: 'event' as const, level: 'query' as const }] } : {}),
  });
  if (onQuery) (client as unknown as { $on(event: 'query', listener: (event: { query: string }) => void): void }).$on('query', (event) => onQuery(event.query));
  return client;
}

export type Db = ReturnType<typeof createPrismaClient>;
