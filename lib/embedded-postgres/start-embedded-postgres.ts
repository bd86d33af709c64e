/**
 * Embedded PostgreSQL for the zero-install default and for tests: PGlite (PostgreSQL compiled
 * to WebAssembly) served over TCP by PGLiteSocketServer, so the app, the Prisma CLI (through
 * scripts/prisma-engine-bridge.cjs) and plain `pg` all use it exactly like a PostgreSQL server.
 * See docs/decisions/002-embedded-postgres-pglite.md.
 *
 * Limits worth knowing:
 * - One process per data directory (PGlite has no cross-process locking).
 * - Queries run one at a time; connections beyond `maxConnections` are refused.
 * - A process that serves PGlite must not block its event loop (no spawnSync of the Prisma CLI).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

type EmbeddedPostgresOptions = {
  /** Persistent data directory (parent folders are created). In memory when undefined. */
  dataDir?: string;
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on; default 127.0.0.1 (never expose it: any password is accepted). */
  host?: string;
  /** Sockets served at once; more are refused with "Too many connections". Default 32. */
  maxConnections?: number;
  /** Start from a copy of another instance (a `dumpEmbeddedPostgres()` tarball), in memory. */
  loadDataDir?: Blob;
};

export type EmbeddedPostgres = {
  /** postgresql://postgres:postgres@127.0.0.1:<port>/postgres?sslmode=disable */
  url: string;
  port: number;
  /** Closes the sockets, then PGlite (which flushes the data directory). Idempotent. */
  stop(): Promise<void>;
  /** A tarball of the whole cluster, to start copies with `loadDataDir` (test templates). */
  dump(): Promise<Blob>;
};

// The socket server's default is a single connection, which a pg pool (default max 10) or
// Prisma exhausts at once; keep this comfortably above the pools that share the server.
const DEFAULT_MAX_CONNECTIONS = 32;

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const host = options.host ?? '127.0.0.1';
  const maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  const dataDir = options.dataDir === undefined ? undefined : path.resolve(options.dataDir);
  // PGlite creates the data directory itself but not its parents.
  if (dataDir) mkdirSync(path.dirname(dataDir), { recursive: true });

  // pg_trgm: the review queue's trigram indexes (migration *_review_queue) need the extension
  // loaded in every instance, including copies started from a dump.
  const db = await PGlite.create({ dataDir, loadDataDir: options.loadDataDir, extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host, port: options.port ?? 0, maxConnections });
  // With port 0 the server listens on a free port and reports it in its `listening` event.
  let port = options.port ?? 0;
  server.addEventListener('listening', (event) => {
    const detail = (event as CustomEvent<{ port?: number }>).detail;
    if (detail?.port) port = detail.port;
  });
  try {
    await server.start();
  } catch (error) {
    await db.close().catch(() => {});
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`Port ${port} on ${host} is already in use (embedded PostgreSQL)`);
    throw error;
  }

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await server.stop();
      // stop() detaches the sockets without waiting for their queued queries (and the ROLLBACK
      // of a transaction left open); let those finish before closing the database.
      for (let i = 0; i < 100 && server.getStats().queuedQueries > 0; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      if (!db.closed) await db.close();
    })();
    return stopping;
  };

  return {
    url: `postgresql://postgres:postgres@${urlHost(host)}:${port}/postgres?sslmode=disable`,
    port,
    stop,
    dump: () => db.dumpDataDir('none'),
  };
}
