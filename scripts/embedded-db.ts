/**
 * Runs the embedded PostgreSQL (PGlite over TCP) until SIGINT/SIGTERM:
 *   tsx scripts/embedded-db.ts [--data-dir data/pglite] [--port 54329]
 * When ready, prints exactly one line on stdout: EMBEDDED_DATABASE_URL=postgresql://…
 * (status messages go to stderr). On a signal it closes the sockets and PGlite, which flushes
 * the data directory, then exits 0.
 */
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from '../lib/embedded-postgres/start-embedded-postgres';

async function main() {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string', default: 'data/pglite' },
      port: { type: 'string', default: '54329' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('Aufruf: tsx scripts/embedded-db.ts [--data-dir data/pglite] [--port 54329]');
    process.exit(2);
  }

  const database = await startEmbeddedPostgres({ dataDir: values['data-dir'], port });
  process.stdout.write(`EMBEDDED_DATABASE_URL=${database.url}\n`);
  console.error(`[embedded-db] PGlite bereit (${values['data-dir']}); Beenden mit Strg+C.`);

  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(`[embedded-db] ${signal} erneut: sofortiger Abbruch (Daten evtl. nicht gesichert).`);
      process.exit(1);
    }
    stopping = true;
    console.error(`[embedded-db] ${signal}: Datenbank wird geschlossen …`);
    try {
      await database.stop();
      console.error('[embedded-db] geschlossen.');
      process.exit(0);
    } catch (error) {
      console.error('[embedded-db] Fehler beim Schließen:', error);
      process.exit(1);
    }
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error) => {
  console.error('[embedded-db]', error instanceof Error ? error.message : error);
  process.exit(1);
});
