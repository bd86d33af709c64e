import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { TRANSACTION_WAITS } from '@/lib/db/database-waits';

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
 * transaction waits its turn.
 *
 * Every interactive transaction waits up to TRANSACTION_WAITS (lib/db/database-waits.ts) for its
 * connection and for its end, not Prisma's 2 s and 5 s: under load those ran out and answered a
 * 500 (ADR 033). What runs out even so answers `serverBusy` (lib/db/is-database-busy.ts).
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
    transactionOptions: TRANSACTION_WAITS,
    // Query events only where someone listens (the statement-count test); none in the app.
    ...(onQuery ? { log: [{ emit: 'event' as const, level: 'query' as const }] } : {}),
  });
  if (onQuery) (client as unknown as { $on(event: 'query', listener: (event: { query: string }) => void): void }).$on('query', (event) => onQuery(event.query));
  return client;
}

export type Db = ReturnType<typeof createPrismaClient>;
