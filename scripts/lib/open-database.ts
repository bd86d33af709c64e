import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../lib/embedded-postgres/start-embedded-postgres';
import { ROOT } from './run';

const DEFAULT_DATA_DIR = path.join(ROOT, 'data', 'pglite');

type OpenDatabase = { url: string; embedded: boolean; close(): Promise<void> };

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The database the scripts work on: DATABASE_URL when set (a PostgreSQL server), otherwise
 * the embedded PGlite in `dataDir`, served on a local port for as long as this process
 * needs it. Only one process may open a PGlite data directory; a lock file says who has it.
 */
export async function openDatabase({
  dataDir = process.env.PORTAL_DATA_DIR ?? DEFAULT_DATA_DIR,
  port = Number(process.env.PORTAL_DB_PORT ?? 0),
}: { dataDir?: string; port?: number } = {}): Promise<OpenDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, embedded: false, close: async () => {} };

  const resolvedDir = path.resolve(ROOT, dataDir);
  const lock = `${resolvedDir}.pid`;
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, 'utf8'));
    if (pid && pid !== process.pid && processIsAlive(pid)) {
      throw new Error(
        `Die eingebettete Datenbank (${path.relative(ROOT, resolvedDir)}) wird bereits von Prozess ${pid} benutzt. ` +
          'Beenden Sie zuerst `npm start` oder setzen Sie DATABASE_URL.',
      );
    }
  }
  mkdirSync(path.dirname(resolvedDir), { recursive: true });
  writeFileSync(lock, String(process.pid));
  try {
    const server = await startEmbeddedPostgres({ dataDir: resolvedDir, port });
    return {
      url: server.url,
      embedded: true,
      close: async () => {
        await server.stop();
        rmSync(lock, { force: true });
      },
    };
  } catch (error) {
    rmSync(lock, { force: true });
    throw error;
  }
}
