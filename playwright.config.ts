import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { E2E } from './tests/e2e/support/e2e-env';

/**
 * The browser: CHROMIUM_PATH when set; else Debian's headless shell (`apt-get install -y
 * chromium-headless-shell`, the same Blink and V8 without the browser's own user interface,
 * which headless Chromium still runs — on a 2-core CI machine the tests take about a fifth less
 * time with it); else Debian's full Chromium; else Playwright's own.
 */
const chromium =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((candidate) => existsSync(candidate));

export default defineConfig({
  testDir: 'tests/e2e',
  // For every module the tests load: the factories reach lib/ (tests/e2e/tsconfig.json).
  tsconfig: './tests/e2e/tsconfig.json',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  use: {
    baseURL: E2E.baseUrl,
    browserName: 'chromium',
    locale: 'de-DE',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  // The real start script: migrate, seed (with the demo accounts), build when needed, serve.
  webServer: {
    command: 'node_modules/.bin/tsx scripts/start.ts --demo',
    url: `${E2E.baseUrl}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: E2E.serverEnv,
  },
});
