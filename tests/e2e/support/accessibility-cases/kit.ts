/**
 * What the case tables of tests/e2e/accessibility.spec.ts are made of (the tables: one file per
 * audience beside this one, listed in ../accessibility-cases.ts): the types, the helpers that
 * reach a state, and the sign-in that a group's test starts with.
 */
import type { Cookie, Locator, Page } from '@playwright/test';
import { PASSWORD } from '../factories';
import { DEMO, DEMO_PASSWORD, expect, fillSignInForm, withDatabase, type DemoRole } from '../fixtures';

/** What a group's `arrange` made: ids, names and tokens the cases' paths use. */
export type Data = Record<string, string>;

export type A11yCase = {
  /** The step's name in the report. */
  name: string;
  /** The page to open. */
  path: string | ((data: Data) => string);
  /** Brings the opened page into the state to judge; leave the page on it. */
  state?: (page: Page, data: Data) => Promise<void>;
};

/**
 * One test of the spec: who is signed in, the data its cases need (arranged once, before the
 * first case) and its cases. An audience's pages are spread over several groups of about the
 * same cost, so that the two workers share the spec evenly.
 */
export type A11yGroup = {
  name: string;
  /** Who is signed in: nobody, a demo account, or an account `arrange` made (`data.email`, PASSWORD). */
  as: 'visitor' | DemoRole | 'arranged';
  /** Makes the data once, before the first case, with the factories. */
  arrange?: () => Promise<Data>;
  /** Runs the whole group (arrange and cases) inside it, e.g. holding a lock and cleaning up after. */
  around?: (run: () => Promise<void>) => Promise<void>;
  cases: A11yCase[];
};

export const main = (page: Page) => page.getByRole('main');

/**
 * Presses a button until what it shows appears: a click before React has hydrated the page does
 * nothing (or submits natively and reloads), which on a loaded machine is a real race; the page
 * has no hydration marker to wait for.
 */
export async function pressUntil(button: Locator, shown: Locator) {
  await expect(async () => {
    await button.click();
    await expect(shown).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/** Presses the form's button and waits for the error summary (role="alert"). */
export const submitEmpty = (button: string | RegExp) => async (page: Page) => {
  await pressUntil(main(page).getByRole('button', { name: button, exact: typeof button === 'string' }), main(page).getByRole('alert').first());
};

/** Presses a button that opens a dialog and waits for it. */
export const openDialog = (button: string | RegExp) => async (page: Page) => {
  await pressUntil(main(page).getByRole('button', { name: button }).first(), page.getByRole('dialog'));
};

/** A state that only checks the page shows what the case is about (a link's token still valid, a panel there): its heading of `level`. */
export const showsHeading = (name: string, level = 1) => async (page: Page) => {
  await expect(main(page).getByRole('heading', { level, name, exact: true })).toBeVisible();
};

export async function assessmentIdOf(projectId: string): Promise<string> {
  return withDatabase(async (client) => (await client.query<{ id: string }>('SELECT "id" FROM "Assessment" WHERE "projectId" = $1', [projectId])).rows[0]!.id);
}

/**
 * The session cookies of the demo accounts this worker has signed in already: a group of the
 * same account reuses them instead of signing in again (the staff accounts' second factor takes
 * a fresh code each time, at most two per 30 seconds).
 */
const sessions = new Map<DemoRole, Cookie[]>();

/** The role the portal sees on `page`'s session (null: nobody is signed in). */
async function signedInRole(page: Page): Promise<string | null> {
  const response = await page.request.get('/api/me');
  return ((await response.json()) as { user: { role: string } | null }).user?.role ?? null;
}

/** Signs the group's account in on `page` (nothing for visitors); a demo account's session is reused within the worker. */
export async function signInGroup(page: Page, group: A11yGroup, data: Data) {
  if (group.as === 'visitor') return;
  if (group.as !== 'arranged') {
    const cookies = sessions.get(group.as);
    if (cookies) {
      await page.context().addCookies(cookies);
      if ((await signedInRole(page)) === group.as) return;
      await page.context().clearCookies();
    }
  }
  const [email, password, home] = group.as === 'arranged' ? [data.email!, PASSWORD, '/projects'] : [DEMO[group.as].email, DEMO_PASSWORD, DEMO[group.as].home];
  await page.goto('/login');
  await fillSignInForm(page, email, password);
  await page.waitForURL(`**${home}`);
  if (group.as !== 'arranged') sessions.set(group.as, (await page.context().storageState()).cookies);
}

/**
 * After the last case: the group's account is still signed in, so no case was judged on the
 * sign-in form that the portal shows in place of a page when the session has ended.
 */
export async function expectStillSignedIn(page: Page, group: A11yGroup) {
  if (group.as === 'visitor') return;
  expect(await signedInRole(page), `${group.name}: still signed in after the last case`).toBe(group.as === 'arranged' ? 'APPLICANT' : group.as);
}
