import path from 'node:path';
import { defineConfig } from 'prisma/config';

// Prisma 7's CLI would download a native schema engine; we hand it our offline bridge instead
// (docs/decisions/003-offline-prisma-bridge.md).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(__dirname, 'scripts', 'prisma-engine-bridge.cjs');

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
  },
  datasource: {
    // `prisma generate` needs no database; every other command is run with DATABASE_URL set
    // (scripts/db.ts, scripts/start.ts, tests).
    url: process.env.DATABASE_URL ?? 'postgresql://invalid.localhost/unset',
  },
});
