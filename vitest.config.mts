import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

/** Shared with vitest.scale.config.mts. */
export const alias = {
  '@': path.resolve(import.meta.dirname),
  // lib/db.ts is server-only; tests run on the server side by definition.
  'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    pool: 'forks',
    // Vitest's default (one worker less than the cores) is one worker on a 2-core CI machine,
    // where the integration files mostly wait for PostgreSQL: three run the suite in about 70 %
    // of the time there (4.3 instead of 6.1 min).
    maxWorkers: Math.max(3, os.availableParallelism() - 1),
    reporters: ['default'],
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'lib/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // One PostgreSQL database per test file, cloned from a migrated template
          // (tests/setup/README.md).
          globalSetup: ['tests/setup/global-database.ts'],
          setupFiles: ['tests/setup/file-database.ts'],
          // A valid environment, as lib/env.ts demands of the app (DATABASE_URL comes from the
          // setup file); links in mails start with http://portal.test (plain http: ALLOW_HTTP, as
          // for a lab, lib/env.ts). forbidden() needs the
          // flag next.config.js sets with `experimental.authInterrupts`.
          env: {
            AUTH_SECRET: 'integration-test-secret-0123456789abcdefghijklmnopqrstuvwxyz',
            NEXTAUTH_URL: 'http://portal.test',
            ALLOW_HTTP: '1',
            __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: 'true',
          },
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
