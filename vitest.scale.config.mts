import { defineConfig } from 'vitest/config';
import { alias } from './vitest.config.mts';

/**
 * The scale-out test (tests/scale, ADR 032): two production instances on one PostgreSQL database
 * and one S3 server. Its own configuration, so that `vitest run` (unit + integration) never
 * builds or starts servers: `npm test` runs it after them (scripts/test.ts), or
 * `npx vitest run --config vitest.scale.config.mts`. Databases as in the integration tests
 * (tests/setup/README.md); it needs TEST_DATABASE_URL (a PostgreSQL server).
 */
export default defineConfig({
  resolve: { alias },
  test: {
    name: 'scale',
    include: ['tests/scale/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    globalSetup: ['tests/setup/global-database.ts'],
    setupFiles: ['tests/setup/file-database.ts'],
    env: {
      AUTH_SECRET: 'scale-test-secret-0123456789abcdefghijklmnopqrstuvwxyz',
      NEXTAUTH_URL: 'http://portal.test',
      ALLOW_HTTP: '1',
    },
    testTimeout: 90_000,
    hookTimeout: 900_000,
  },
});
