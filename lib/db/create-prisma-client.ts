import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/**
 * Creates a Prisma client on the `pg` driver. The app uses the single instance in lib/db.ts;
 * scripts and tests that need a client for another database call this directly.
 */
export function createPrismaClient({ url, max = 10 }: { url: string; max?: number }) {
  const adapter = new PrismaPg({ connectionString: url, max });
  return new PrismaClient({ adapter });
}

export type Db = ReturnType<typeof createPrismaClient>;
