import 'server-only';
import pg from 'pg';
import { createPrismaClient, type Db } from '@/lib/db/create-prisma-client';
import { getDatabasePoolMax, getDatabaseUrl } from '@/lib/env';

/**
 * The one Prisma client of the app and its `pg` pool (one per process, survives hot reloads in
 * development). The job queue (lib/jobs/) runs on the same pool: with the embedded PGlite's one
 * connection, its statements then wait their turn like every other (ADR 002, ADR 015).
 */
const globalForDb = globalThis as unknown as { portalDb?: Db; portalDbPool?: pg.Pool };

/** How long opening a connection may take before it fails as `databaseUnavailable` (ADR 033). */
export const CONNECT_TIMEOUT_MS = 5_000;

/**
 * A connection attempt that gets no answer (the network gone, a host that holds the socket open)
 * fails after CONNECT_TIMEOUT_MS instead of hanging until the request's own limits run out. Set
 * on the client, not as the pool's `connectionTimeoutMillis`: the pool would apply that to the
 * wait for a free connection too, which under load may take up to TRANSACTION_WAITS.maxWait.
 */
export class PortalClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super({ ...(typeof config === 'string' ? { connectionString: config } : config), connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  }
}

/** The app's connection pool (for the job queue; everything else uses `db`). */
export function getDbPool(): pg.Pool {
  if (!globalForDb.portalDbPool) {
    const pool = new pg.Pool({ connectionString: getDatabaseUrl(), max: getDatabasePoolMax(), Client: PortalClient });
    // An idle connection that breaks (database restarted) must not end the process.
    pool.on('error', (error) => console.error(`[db] idle connection failed: ${error.message}`));
    globalForDb.portalDbPool = pool;
  }
  return globalForDb.portalDbPool;
}

function getDb(): Db {
  globalForDb.portalDb ??= createPrismaClient({ url: getDatabaseUrl(), max: getDatabasePoolMax(), pool: getDbPool() });
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
