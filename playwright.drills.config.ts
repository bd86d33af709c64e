import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config';

/**
 * The failure drills (tests/drills/, ADR 033), run by `npm run drill` (scripts/drill.ts), which
 * prepares the database and the build. The portal is started by the drills themselves (one per
 * worker, tests/drills/support/drill-test.ts): its database connection goes through a proxy
 * they control. One worker: the drills load the machine and share the portal, one after another.
 */
export default defineConfig({
  ...baseConfig,
  testDir: 'tests/drills',
  outputDir: 'test-results/drills',
  timeout: 180_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results/drill-report.json' }]],
  webServer: undefined,
});
