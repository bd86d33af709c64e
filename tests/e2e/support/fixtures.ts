import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import pg from 'pg';
import { E2E } from './e2e-env';

export const DEMO_PASSWORD = 'Demo!Passwort2026';
export const DEMO = {
  APPLICANT: { email: 'antrag@demo.example', name: 'Anna Antrag', home: '/projects' },
  OFFICER: { email: 'pruefung@demo.example', name: 'Paul Prüfung', home: '/review' },
  ADMIN: { email: 'admin@demo.example', name: 'Ada Admin', home: '/admin' },
} as const;
export type DemoRole = keyof typeof DEMO;

/** Signs in through the real form and waits for the role's home. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

/**
 * axe-core with the WCAG 2.1 A and AA rules: the page must have no violation. Then the same
 * page at 320 CSS px must not scroll sideways (reflow, WCAG 1.4.10); the viewport is restored.
 */
export async function expectAccessible(page: Page) {
  // After a client-side navigation Next sets the document title a moment later: wait for it,
  // so axe judges the finished page.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  await expectReflow(page);
}

/** At 320 CSS px wide the page itself never scrolls sideways (wide tables scroll in their own region). */
export async function expectReflow(page: Page) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 320, height: viewport?.height ?? 720 });
  try {
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { message: `sideways scrolling at 320 px on ${page.url()}` })
      .toBeLessThanOrEqual(0);
  } finally {
    if (viewport) await page.setViewportSize(viewport);
  }
}

/**
 * Direct access to the portal's database, for reading what a test asserts (the mail log,
 * ./mail.ts). Arrange data with ./factories.ts (lib/'s domain functions), never with SQL here.
 */
export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: E2E.databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Every test fails when Chromium refuses anything for the Content-Security-Policy on any page of
 * the test's browser context (ADR 026): each document reports its `securitypolicyviolation`
 * events to the test through a binding.
 */
export const test = base.extend<{ signedInAs: (role: DemoRole) => Promise<void>; cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.exposeBinding('__reportCspViolation', (_source, violation: string) => {
        violations.push(violation);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation: (violation: string) => void }).__reportCspViolation;
          void report(`${event.documentURI}: ${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sample})`);
        });
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  signedInAs: async ({ page }, use) => {
    await use(async (role) => {
      await signIn(page, DEMO[role].email, DEMO_PASSWORD);
      await page.waitForURL(`**${DEMO[role].home}`);
    });
  },
});

export { expect };
