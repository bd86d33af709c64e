import 'server-only';
import { createPrismaClient, type Db } from '@/lib/db/create-prisma-client';
import { getDatabasePoolMax, getDatabaseUrl } from '@/lib/env';

/** The one Prisma client of the app (one per process, survives hot reloads in development). */
const globalForDb = globalThis as unknown as { portalDb?: Db };

function getDb(): Db {
  globalForDb.portalDb ??= createPrismaClient({ url: getDatabaseUrl(), max: getDatabasePoolMax() });
  return globalForDb.portalDb;
}

/** Lazily connected, so that importing this module during `next build` needs no database. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});

export type { Db, Tx } from '@/lib/db/types';
