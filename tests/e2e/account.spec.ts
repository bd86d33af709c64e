import { randomUUID } from 'node:crypto';
import type { Browser, Page, TestInfo } from '@playwright/test';
import { createTestUser, PASSWORD } from './support/factories';
import { test, expect, expectAccessible, signIn } from './support/fixtures';
import { linkFromMail } from './support/mail';

/**
 * „Mein Konto“, „Passwort vergessen?“ and sessions that end (issue #10, ADR 022), each with a fresh
 * account from the factories: ending a session of a shared demo account would end it for the
 * other tests running at the same time.
 */
const NEW_PASSWORD = 'Ein-ganz-neues-Passwort-2027';
const tag = () => randomUUID().slice(0, 8);

function field(page: Page, label: string) {
  return page.getByLabel(label, { exact: true });
}

/** Screenshots at 1280 and 320 px for looking at the new pages (test-results, not compared). */
async function screenshots(page: Page, testInfo: TestInfo, name: string) {
  const viewport = page.viewportSize();
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
  }
  if (viewport) await page.setViewportSize(viewport);
}

/** A second browser (its own cookies), signed in as `email`. */
async function otherBrowser(browser: Browser, email: string, home: string) {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await signIn(page, email, PASSWORD);
  await page.waitForURL(`**${home}`);
  return { context, page };
}

async function expectSignedOut(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status()).toBe(401);
  await expect(page.getByRole('heading', { level: 1, name: 'Bitte melden Sie sich an' })).toBeVisible();
}

test('„Passwort vergessen?“: the link from the mail sets a new password, and the old session has ended', async ({ page, browser }, testInfo) => {
  test.setTimeout(150_000);
  const user = await createTestUser({ role: 'APPLICANT', email: `vergessen-${tag()}@traeger.example` });
  const old = await otherBrowser(browser, user.email, '/projects');

  await page.goto('/login');
  await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Passwort vergessen?' })).toBeVisible();
  await page.getByRole('button', { name: 'Link anfordern' }).click();
  await expect(field(page, 'E-Mail-Adresse')).toHaveAccessibleDescription('Bitte geben Sie Ihre E-Mail-Adresse ein.');
  await expectAccessible(page);
  await field(page, 'E-Mail-Adresse').fill(user.email.toUpperCase());
  await page.getByRole('button', { name: 'Link anfordern' }).click();
  await expect(page.getByRole('heading', { name: 'Bitte prüfen Sie Ihr Postfach' })).toBeFocused();
  await expect(page.getByRole('status')).toContainText(`Wenn zu ${user.email} ein Konto gehört`);
  await expectAccessible(page);
  await screenshots(page, testInfo, 'password-forgot-sent');

  await page.goto(await linkFromMail(user.email, 'token'));
  await expect(page.getByRole('heading', { level: 1, name: 'Neues Passwort festlegen' })).toBeVisible();
  await field(page, 'Neues Passwort').fill(NEW_PASSWORD);
  await field(page, 'Neues Passwort wiederholen').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page.getByRole('heading', { name: 'Ihr Passwort ist geändert' })).toBeVisible();

  await signIn(page, user.email, NEW_PASSWORD);
  await page.waitForURL('**/projects');
  await expectSignedOut(old.page, '/projects');
  await old.context.close();
});

test('„E-Mail-Adresse ändern“: a link to the new address, confirmed by the button on its page', async ({ page }, testInfo) => {
  test.setTimeout(150_000);
  const user = await createTestUser({ role: 'OFFICER', email: `alt-${tag()}@land.example`, name: 'Edda Email' });
  const newEmail = `neu-${tag()}@land.example`;
  await signIn(page, user.email, PASSWORD);
  await page.waitForURL('**/review');
  await page.getByRole('banner').getByRole('link', { name: 'Mein Konto' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mein Konto' })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, testInfo, 'account');

  // The name, by the rule of registration.
  await field(page, 'Vor- und Nachname').fill('Edda Neuname');
  await page.getByRole('button', { name: 'Name speichern' }).click();
  await expect(page.getByText('Ihr Name ist gespeichert.')).toBeVisible();
  await expect(page.getByTestId('current-user')).toHaveText('Angemeldet als Edda Neuname');

  const section = page.getByRole('region', { name: 'E-Mail-Adresse' });
  await section.getByLabel('Neue E-Mail-Adresse').fill(newEmail);
  await section.getByLabel('Aktuelles Passwort').fill('falsches-Passwort-1');
  await section.getByRole('button', { name: 'Bestätigungslink senden' }).click();
  await expect(section.getByRole('alert')).toContainText('Aktuelles Passwort: Das aktuelle Passwort ist falsch.');
  await expect(section.getByLabel('Aktuelles Passwort')).toHaveValue('');
  await expectAccessible(page);
  await section.getByLabel('Aktuelles Passwort').fill(PASSWORD);
  await section.getByRole('button', { name: 'Bestätigungslink senden' }).click();
  await expect(section.getByRole('heading', { name: 'Bitte prüfen Sie das Postfach der neuen Adresse' })).toBeVisible();

  const confirmLink = await linkFromMail(newEmail, 'token');
  await page.goto(confirmLink);
  await expect(page.getByRole('heading', { level: 1, name: 'Neue E-Mail-Adresse bestätigen' })).toBeVisible();
  await expect(page.getByText(`Ihr Konto soll künftig die Adresse ${newEmail} verwenden.`)).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, testInfo, 'email-confirm');
  await page.getByRole('button', { name: 'Neue Adresse bestätigen' }).click();
  await expect(page.getByRole('heading', { name: 'Ihre E-Mail-Adresse ist geändert' })).toBeFocused();
  await expectAccessible(page);
  // The link works once.
  await page.goto(confirmLink);
  await expect(page.getByTestId('email-change-problem')).toHaveText('Dieser Link wurde bereits verwendet; jeder Link gilt nur einmal.');
  await expectAccessible(page);

  await page.goto('/account');
  await expect(page.getByTestId('account-details')).toContainText(newEmail);
  await page.getByRole('banner').getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Anmelden' })).toBeVisible();
  await signIn(page, newEmail, PASSWORD);
  await page.waitForURL('**/review');
});

test('„Überall abmelden“ in one browser ends the session in another; „Passwort ändern“ keeps this one', async ({ page, browser }, testInfo) => {
  test.setTimeout(150_000);
  const user = await createTestUser({ role: 'APPLICANT', email: `ueberall-${tag()}@traeger.example` });
  await signIn(page, user.email, PASSWORD);
  await page.waitForURL('**/projects');
  const other = await otherBrowser(browser, user.email, '/projects');

  // A new password: this browser stays, the other one is out.
  await page.goto('/account');
  const passwordSection = page.getByRole('region', { name: 'Passwort' });
  await passwordSection.getByLabel('Aktuelles Passwort').fill(PASSWORD);
  await passwordSection.getByLabel('Neues Passwort', { exact: true }).fill(NEW_PASSWORD);
  await passwordSection.getByLabel('Neues Passwort wiederholen').fill(NEW_PASSWORD);
  await passwordSection.getByRole('button', { name: 'Passwort ändern' }).click();
  await expect(passwordSection.getByText('Ihr Passwort ist geändert. Alle anderen Anmeldungen sind beendet.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Mein Konto' })).toBeVisible();
  await expectSignedOut(other.page, '/projects');

  // „Überall abmelden“ from the other browser, signed in again.
  await signIn(other.page, user.email, NEW_PASSWORD);
  await other.page.waitForURL('**/projects');
  await other.page.goto('/account');
  await other.page.getByRole('button', { name: 'Überall abmelden' }).click();
  const dialog = other.page.getByRole('dialog', { name: 'Überall abmelden?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(other.page);
  await dialog.getByRole('button', { name: 'Überall abmelden' }).click();
  await other.page.waitForURL('**/login?reason=everywhere');
  await expect(other.page.getByTestId('session-ended')).toHaveText(/Sie wurden überall abgemeldet/);
  await expectAccessible(other.page);
  await screenshots(other.page, testInfo, 'login-everywhere');
  await other.context.close();

  await expectSignedOut(page, '/account');
});

test('after 28 minutes without activity an officer is asked, and after 30 signed out', async ({ page }, testInfo) => {
  test.setTimeout(150_000);
  const user = await createTestUser({ role: 'OFFICER', email: `ruhe-${tag()}@land.example` });
  await page.clock.install();
  await signIn(page, user.email, PASSWORD);
  await page.waitForURL('**/review');
  await page.goto('/account');
  const name = field(page, 'Vor- und Nachname');
  await name.focus();

  await page.clock.fastForward('28:05');
  const dialog = page.getByRole('dialog', { name: 'Sind Sie noch da?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Zu Ihrer Sicherheit werden Sie um');
  await expect(dialog.getByRole('button', { name: 'Angemeldet bleiben' })).toBeFocused();
  await expectAccessible(page);
  await screenshots(page, testInfo, 'idle-dialog');
  // „Angemeldet bleiben“ reports activity to the server (next-auth's session update), which accepts it.
  const report = page.waitForResponse((response) => response.url().endsWith('/api/auth/session') && response.request().method() === 'POST');
  await dialog.getByRole('button', { name: 'Angemeldet bleiben' }).click();
  expect(await (await report).json()).toMatchObject({ user: { id: user.id } });
  await expect(dialog).toBeHidden();
  await expect(name).toBeFocused();

  // Nobody answers the next time.
  await page.clock.fastForward('28:05');
  await expect(dialog).toBeVisible();
  await page.clock.fastForward('02:00');
  await page.waitForURL('**/login?reason=idle');
  await expect(page.getByTestId('session-ended')).toHaveText(
    'Sie wurden abgemeldet, weil Sie längere Zeit nichts im Portal getan haben. Bitte melden Sie sich erneut an.',
  );
  await expectAccessible(page);
  await screenshots(page, testInfo, 'login-idle');
  // Signed out: the session cookie is gone, so the account page sends the visitor to sign in.
  const response = await page.goto('/account');
  expect(response?.url()).toContain('/login');
});

test('the account’s language is the portal’s from the next sign-in on, in any browser', async ({ page, browser }) => {
  const user = await createTestUser({ role: 'APPLICANT', email: `sprache-${tag()}@traeger.example` });
  await signIn(page, user.email, PASSWORD);
  await page.waitForURL('**/projects');
  await page.goto('/account');
  const section = page.getByRole('region', { name: 'Sprache' });
  await section.getByLabel('English').check();
  await section.getByRole('button', { name: 'Sprache speichern' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Language' }).getByLabel('English')).toBeChecked();
  await expectAccessible(page);

  // Another browser, German by default, signs in: English from the first page on.
  const context = await browser.newContext({ locale: 'de-DE' });
  const other = await context.newPage();
  await signIn(other, user.email, PASSWORD);
  await other.waitForURL('**/projects');
  await expect(other.getByRole('heading', { level: 1, name: 'My projects' })).toBeVisible();
  await context.close();
});
