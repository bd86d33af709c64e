/**
 * Database chores, on DATABASE_URL or (when unset) the embedded database in data/pglite; on a
 * server with two roles as the owner (MIGRATION_DATABASE_URL, ADR 026):
 *   npm run db:migrate            apply committed migrations (prisma migrate deploy)
 *   npm run db:seed [-- --demo]   seed the catalogue (and the demo organisation and accounts)
 * Both are idempotent.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from './lib/open-database';
import { migrateDatabase, ownerUrlFor } from './lib/migrate';

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { demo: { type: 'boolean', default: false } },
  });
  const command = positionals[0];
  if (command !== 'migrate' && command !== 'seed') {
    console.error('Aufruf: tsx scripts/db.ts migrate | seed [--demo]');
    process.exit(2);
  }
  const database = await openDatabase();
  // The seed writes as the owner, like the migrations (scripts/lib/migrate.ts).
  process.env.DATABASE_URL = command === 'seed' ? ownerUrlFor(database.url, database.embedded) : database.url;
  if (database.embedded) process.env.DATABASE_POOL_MAX ??= '1';
  try {
    if (command === 'migrate') {
      await migrateDatabase({ appUrl: database.url, embedded: database.embedded, env: process.env });
    } else {
      // Imported only now: lib/db reads DATABASE_URL on first use.
      const { seed } = await import('../prisma/seed/seed');
      const result = await seed({ demo: values.demo });
      console.log(
        `[seed] Katalog: ${result.catalogueCreated ? 'Version 1 angelegt' : 'unverändert'}; ` +
          (result.catalogueTranslatedStandards > 0
            ? `englische Übersetzung für ${result.catalogueTranslatedStandards} Standards ergänzt; `
            : '') +
          (result.legalTextsCreated > 0 ? `Platzhalter für ${result.legalTextsCreated} Rechtstexte angelegt; ` : '') +
          `Demo: ${values.demo ? `${result.demoUsersCreated} Konten angelegt` : 'nicht angefordert'}`,
      );
    }
  } finally {
    const { db } = await import('../lib/db');
    await db.$disconnect().catch(() => {});
    await database.close();
  }
}

main().catch((error) => {
  console.error(`[db] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
