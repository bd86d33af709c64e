import './database-env';
import { test as base, expect, type Page } from '@playwright/test';
import { axeViolations } from './accessibility';
import { generate } from 'otplib';
import pg from 'pg';
import { openSecret } from '@/lib/two-factor/secret-box';
import { TOTP_PERIOD_SECONDS } from '@/lib/two-factor/totp';
import { E2E } from './e2e-env';

export const DEMO_PASSWORD = 'Demo!Passwort2026';
export const DEMO = {
  APPLICANT: { email: 'antrag@demo.example', name: 'Anna Antrag', home: '/projects' },
  OFFICER: { email: 'pruefung@demo.example', name: 'Paul Prüfung', home: '/review' },
  ADMIN: { email: 'admin@demo.example', name: 'Ada Admin', home: '/admin' },
} as const;
export type DemoRole = keyof typeof DEMO;

/**
 * Signs in through the real form. For an account with two-factor sign-in (every demo and factory
 * officer and administrator), the form then asks for the code: it is computed here like an
 * authenticator app would, from the account's stored secret (`nextTotpCode`). A wrong password
 * ends at the form's message, as without two-factor sign-in.
 */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await fillSignInForm(page, email, password);
}

/** Fills the sign-in form on the current page (also the one shown in place of a page, 401) and the code step when it comes. */
export async function fillSignInForm(page: Page, email: string, password: string) {
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  if (!(await hasTwoFactor(email))) return;
  const codeStep = page.getByTestId('sign-in-code-step');
  await expect(codeStep.or(page.getByTestId('form-error'))).toBeVisible();
  if (!(await codeStep.isVisible())) return;
  // The demo staff accounts are shared by the parallel workers, and a code works once: two workers
  // computing the same code at the same moment would lose one sign-in (and count a failure towards
  // the throttle). So the code step of one account runs for one worker at a time — a lock in the
  // portal's PostgreSQL, the one thing both workers share — and each reads the last used step fresh.
  await withSignInLock(email, async () => {
    await codeStep.getByLabel(CODE_LABEL).fill(await nextTotpCode(email));
    await codeStep.getByRole('button', { name: 'Anmelden' }).click();
    await expect(codeStep, `the code step of ${email} did not lead on`).not.toBeAttached({ timeout: 30_000 });
  });
}

/** Runs `work` while holding a PostgreSQL advisory lock for the account's sign-in (across workers). */
export function withSignInLock<T>(email: string, work: () => Promise<T>): Promise<T> {
  return withSuiteLock(`e2e-sign-in:${email.trim().toLowerCase()}`, work);
}

/**
 * Something of the portal that exists once and that one test at a time may change, whatever the
 * worker: the catalogue's draft version (one at a time; creating, editing and publishing it).
 */
export const CATALOGUE_DRAFT_LOCK = 'e2e-catalogue-draft';

/**
 * The four-eyes rule (setting `review.fourEyes`) is the portal's, for every worker: a test that
 * switches it on (even for a moment, `proposeDecision` in ./factories.ts) or that needs it off
 * while it decides „Annehmen“/„Ablehnen“ holds this lock meanwhile.
 */
export const FOUR_EYES_LOCK = 'e2e-four-eyes';

/**
 * Takes a PostgreSQL advisory lock in the portal's database (the one thing all workers share;
 * waits for it) and returns its release: for what the parallel workers must not do at the same
 * time (a demo account's code step, the catalogue's draft — `holdCatalogueLock`).
 */
export async function holdSuiteLock(key: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: E2E.databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
  } catch (error) {
    await client.end();
    throw error;
  }
  return async () => {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => {});
    await client.end();
  };
}

/** Runs `work` while holding the suite lock `key` (see holdSuiteLock). */
export async function withSuiteLock<T>(key: string, work: () => Promise<T>): Promise<T> {
  const release = await holdSuiteLock(key);
  try {
    return await work();
  } finally {
    await release();
  }
}

/**
 * Call in a (serial) describe that creates or publishes a catalogue draft: its tests run while
 * it holds the catalogue draft lock, taken before the first and given back after the last.
 * Waiting for another spec's publication counts against the hook, not against the tests' budgets.
 */
export function holdCatalogueLock() {
  let release: (() => Promise<void>) | undefined;
  test.beforeAll(async () => {
    test.setTimeout(420_000);
    release = await holdSuiteLock(CATALOGUE_DRAFT_LOCK);
  });
  test.afterAll(async () => {
    await release?.();
  });
}

/** Runs `work` while holding the catalogue draft lock (for one test that makes and discards a draft). */
export function withCatalogueDraftLock<T>(work: () => Promise<T>): Promise<T> {
  return withSuiteLock(CATALOGUE_DRAFT_LOCK, work);
}

const CODE_LABEL = 'Code aus der App oder Wiederherstellungscode';

export async function hasTwoFactor(email: string): Promise<boolean> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ on: boolean }>('SELECT "totpEnabledAt" IS NOT NULL AS "on" FROM "User" WHERE email = $1', [email.trim().toLowerCase()]);
    return rows[0]?.on ?? false;
  });
}

/**
 * The code the account's authenticator app shows that the portal accepts next: the current time
 * step's, or the next one's when the current one was used already (both are accepted); waits
 * for the next step when both were used.
 */
export async function nextTotpCode(email: string): Promise<string> {
  const { id, totpSecret, totpLastStep } = await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string; totpSecret: string; totpLastStep: number | null }>(
      'SELECT id, "totpSecret", "totpLastStep" FROM "User" WHERE email = $1',
      [email.trim().toLowerCase()],
    );
    return rows[0]!;
  });
  const secret = openSecret({ sealed: totpSecret, userId: id });
  if (!secret) throw new Error(`nextTotpCode: the secret of ${email} does not open with the e2e AUTH_SECRET`);
  const current = Math.floor(Date.now() / 1000 / TOTP_PERIOD_SECONDS);
  const step = Math.max(current, (totpLastStep ?? 0) + 1);
  if (step > current + 1) await new Promise((resolve) => setTimeout(resolve, (step - 1) * TOTP_PERIOD_SECONDS * 1000 - Date.now() + 200));
  return generate({ secret, epoch: step * TOTP_PERIOD_SECONDS });
}

/**
 * axe-core with the WCAG 2.1 A and AA rules: the page must have no violation. Then the same
 * page at 320 CSS px must not scroll sideways (reflow, WCAG 1.4.10); the viewport is restored.
 */
export async function expectAccessible(page: Page) {
  // The one axe scan of the suite (support/accessibility.ts: WCAG 2.0/2.1 A and AA, legacy mode).
  expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);
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

/**
 * On /account/two-factor: reads the key shown as text, confirms the set-up with the code an app
 * would compute from it, and returns the recovery codes the page then shows.
 */
export async function setUpTwoFactor(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
  await page.getByLabel('Code aus der App').fill(await generate({ secret }));
  await page.getByRole('button', { name: 'Bestätigen' }).click();
  const list = page.getByRole('list', { name: 'Wiederherstellungscodes' });
  await expect(list.getByRole('listitem')).toHaveCount(10);
  return { secret, recoveryCodes: (await list.getByRole('listitem').allTextContents()).map((code) => code.trim()) };
}
