/**
 * Where the browser tests' portal runs and which database it uses. `npm test`
 * (scripts/test.ts) sets E2E_DATABASE_URL to a fresh database on the PostgreSQL server when
 * TEST_DATABASE_URL is set; otherwise the portal uses an embedded PGlite in data/pglite-e2e on a
 * fixed port, so the tests can reach the same database. On the server the portal itself signs in
 * as an app role that owns nothing (E2E_APP_DATABASE_URL, ADR 026); the tests use the owner.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const embeddedDbPort = Number(process.env.E2E_DB_PORT ?? 54339);
const serverUrl = process.env.E2E_DATABASE_URL;

export const E2E = {
  baseUrl: `http://localhost:${port}`,
  databaseUrl: serverUrl ?? `postgresql://postgres:postgres@127.0.0.1:${embeddedDbPort}/postgres?sslmode=disable`,
  /** The portal serves an embedded PGlite (no E2E_DATABASE_URL). */
  embedded: !serverUrl,
  serverEnv: {
    PORT: String(port),
    NEXTAUTH_URL: `http://localhost:${port}`,
    AUTH_SECRET: 'e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz',
    NEXT_TELEMETRY_DISABLED: '1',
    ...(serverUrl
      ? { DATABASE_URL: process.env.E2E_APP_DATABASE_URL ?? serverUrl, MIGRATION_DATABASE_URL: serverUrl, ALLOW_HTTP: '1' }
      : { PORTAL_DATA_DIR: 'data/pglite-e2e', PORTAL_DB_PORT: String(embeddedDbPort) }),
  } as Record<string, string>,
};
