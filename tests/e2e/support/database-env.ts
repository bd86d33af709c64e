/**
 * Points the app's database client (lib/db.ts) in this Playwright process at the portal's e2e
 * database, so the factories write where the browser reads. lib/db reads DATABASE_URL on its
 * first query, so this module only has to run before that (tests/e2e/support/factories.ts
 * imports it first). The embedded PGlite takes one pooled connection per client
 * (docs/decisions/002-embedded-postgres-pglite.md). AUTH_SECRET and NEXTAUTH_URL are the
 * portal's: lib/env.ts wants a valid environment where a factory sends mail.
 */
import { E2E } from './e2e-env';

process.env.DATABASE_URL = E2E.databaseUrl;
if (E2E.embedded) process.env.DATABASE_POOL_MAX = '1';
process.env.AUTH_SECRET = E2E.serverEnv.AUTH_SECRET;
process.env.NEXTAUTH_URL = E2E.serverEnv.NEXTAUTH_URL;
// The portal's address is plain http here (a test, lib/env.ts).
process.env.ALLOW_HTTP = '1';
