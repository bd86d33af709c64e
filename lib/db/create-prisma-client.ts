import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/**
 * Creates a Prisma client on the `pg` driver. The app uses the single instance in lib/db.ts;
 * scripts and tests that need a client for another database call this directly.
 *
 * `max` is the size of the connection pool. The embedded PGlite needs 1: its socket server
 * queues protocol messages one by one, so two connections sending queries at the same time can
 * interleave (a Bind of one meets the Parse of the other). With one connection every query and
 * transaction waits its turn; transactions then may wait longer for the connection.
 */
export function createPrismaClient({ url, max = 10 }: { url: string; max?: number }) {
  const adapter = new PrismaPg({ connectionString: url, max });
  return new PrismaClient({
    adapter,
    ...(max === 1 ? { transactionOptions: { maxWait: 15_000, timeout: 20_000 } } : {}),
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
