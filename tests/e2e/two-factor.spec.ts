import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { PASSWORD, createTestUser } from './support/factories';
import { test, expect, expectAccessible, nextTotpCode, setUpTwoFactor, signIn } from './support/fixtures';

// Two-factor sign-in (issue #10, ADR 023): mandatory for staff, optional for applicants.

const tag = () => randomUUID().slice(0, 8);

/** Screenshots at 1280 and 320 px wide, for a person to look at (test-results/e2e/screens/). */
async function screenshots(page: Page, name: string) {
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: viewport.height });
    await page.screenshot({ path: `test-results/e2e/screens/two-factor-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize(viewport);
}

async function signOut(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Anmelden' })).toBeVisible();
}

test('an officer without two-factor sign-in sets it up first, then signs in with password and code', async ({ page }) => {
  test.setTimeout(120_000);
  const officer = await createTestUser({ role: 'OFFICER', email: `otto-${tag()}@land.example`, name: 'Otto Zwei', twoFactor: false });
  await signIn(page, officer.email, PASSWORD);
  await page.waitForURL('**/account/two-factor');
  await expect(page.getByRole('heading', { level: 1, name: 'Zwei-Faktor-Anmeldung einrichten' })).toBeVisible();
  await expect(page.getByTestId('two-factor-required')).toContainText('erst danach können Sie das Portal nutzen');
  await expect(page.getByRole('img', { name: 'QR-Code für die Authenticator-App' })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'setup');

  // Every other page sends them back here, the same secret stays.
  const secret = await page.getByTestId('totp-secret').textContent();
  await page.goto('/review');
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await page.goto('/account');
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await expect(page.getByTestId('totp-secret')).toHaveText(secret!);

  // A wrong code is named at the field.
  await page.getByLabel('Code aus der App').fill('12345');
  await page.getByRole('button', { name: 'Bestätigen' }).click();
  await expect(page.getByLabel('Code aus der App')).toHaveAccessibleDescription(/Der Code besteht aus 6 Ziffern\./);
  await page.getByLabel('Code aus der App').fill('000000');
  await page.getByRole('button', { name: 'Bestätigen' }).click();
  await expect(page.getByLabel('Code aus der App')).toHaveAccessibleDescription(/Der Code stimmt nicht\./);
  await expectAccessible(page);

  const { recoveryCodes } = await setUpTwoFactor(page);
  expect(recoveryCodes.every((code) => /^[a-z2-9]{5}-[a-z2-9]{5}$/.test(code))).toBe(true);
  // (The heading has a soft hyphen for narrow screens.)
  await expect(page.getByRole('heading', { name: /^Ihre Wiederherstellungs\u00ad?codes$/ })).toBeFocused();
  await expectAccessible(page);
  await screenshots(page, 'recovery-codes');
  await page.getByRole('link', { name: 'Fertig – weiter zum Portal' }).click();
  await page.waitForURL('**/review');
  await expect(page.getByRole('heading', { level: 1, name: 'Prüfliste' })).toBeVisible();
  await signOut(page);

  // Signing in: the password alone does not; the form asks for the code.
  await page.goto('/login');
  await page.getByLabel('E-Mail-Adresse').fill(officer.email);
  await page.getByLabel('Passwort', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  const codeStep = page.getByTestId('sign-in-code-step');
  await expect(codeStep.getByRole('heading', { name: 'Code eingeben' })).toBeFocused();
  await expectAccessible(page);
  await screenshots(page, 'sign-in-code');
  const codeField = codeStep.getByLabel('Code aus der App oder Wiederherstellungscode');
  await codeField.fill('999999');
  await codeStep.getByRole('button', { name: 'Anmelden' }).click();
  await expect(codeField).toHaveAccessibleDescription(/Der Code stimmt nicht\./);
  await expectAccessible(page);
  await codeField.fill(await nextTotpCode(officer.email));
  await codeStep.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL('**/review');
  await expect(page.getByTestId('current-user')).toHaveText('Angemeldet als Otto Zwei');
});

test('an applicant switches two-factor sign-in on at „Mein Konto“, signs in with a recovery code and switches it off', async ({ page }) => {
  test.setTimeout(120_000);
  const applicant = await createTestUser({ role: 'APPLICANT', email: `anna-${tag()}@verein.example`, name: 'Anna Zwei' });
  await signIn(page, applicant.email, PASSWORD);
  await page.waitForURL('**/projects');
  await page.goto('/account');
  const section = page.getByTestId('two-factor-section');
  await expect(section).toContainText('Ausgeschaltet: Zur Anmeldung genügt Ihr Passwort.');
  await expectAccessible(page);
  await section.getByRole('link', { name: 'Zwei-Faktor-Anmeldung einschalten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zwei-Faktor-Anmeldung einrichten' })).toBeVisible();
  await expect(page.getByTestId('two-factor-required')).toHaveCount(0);
  await expectAccessible(page);
  const { recoveryCodes } = await setUpTwoFactor(page);
  await page.getByRole('link', { name: 'Fertig – zurück zu „Mein Konto“' }).click();
  await expect(section).toContainText('Eingeschaltet');

  // Managing it: state, new recovery codes (confirmed by the password), switching off.
  await section.getByRole('link', { name: 'Zwei-Faktor-Anmeldung verwalten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zwei-Faktor-Anmeldung' })).toBeVisible();
  await expect(page.getByText('Sie haben noch 10 unbenutzte Wiederherstellungscodes.')).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'manage');
  const regenerate = page.getByRole('region', { name: 'Neue Wiederherstellungscodes' });
  await regenerate.getByLabel('Code aus der App oder Ihr Passwort').fill('falsches-passwort');
  await regenerate.getByRole('button', { name: 'Neue Wiederherstellungscodes erzeugen' }).click();
  await expect(regenerate.getByLabel('Code aus der App oder Ihr Passwort')).toHaveAccessibleDescription(/Code oder Passwort stimmt nicht\./);
  await expectAccessible(page);
  await signOut(page);

  // A recovery code instead of the app's code, once.
  await page.goto('/login');
  await page.getByLabel('E-Mail-Adresse').fill(applicant.email);
  await page.getByLabel('Passwort', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  const codeStep = page.getByTestId('sign-in-code-step');
  await codeStep.getByLabel('Code aus der App oder Wiederherstellungscode').fill(recoveryCodes[3]!);
  await codeStep.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL('**/projects');
  await page.goto('/account/two-factor');
  await expect(page.getByText('Sie haben noch 9 unbenutzte Wiederherstellungscodes.')).toBeVisible();

  const disable = page.getByRole('region', { name: 'Ausschalten' });
  await disable.getByLabel('Code aus der App oder Ihr Passwort').fill(PASSWORD);
  await disable.getByRole('button', { name: 'Zwei-Faktor-Anmeldung ausschalten' }).click();
  await page.waitForURL('**/account');
  await expect(section).toContainText('Ausgeschaltet');
});

test('an administrator resets the two-factor sign-in of an officer who lost their device', async ({ page, signedInAs }) => {
  const officer = await createTestUser({ role: 'OFFICER', email: `verloren-${tag()}@land.example`, name: 'Vera Verloren' }); // letters only: the person-name rule
  await signedInAs('ADMIN');
  await page.goto(`/admin/users/${officer.id}`);
  const section = page.getByRole('region', { name: 'Zwei-Faktor-Anmeldung' });
  await expect(section.getByTestId('two-factor-state')).toHaveText('Eingeschaltet.');
  await section.getByRole('button', { name: 'Zwei-Faktor-Anmeldung zurücksetzen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Zwei-Faktor-Anmeldung zurücksetzen?' });
  await expect(dialog).toContainText(`Schlüssel und Wiederherstellungscodes von ${officer.name} werden gelöscht.`);
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Zwei-Faktor-Anmeldung zurücksetzen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Die Zwei-Faktor-Anmeldung ist zurückgesetzt.' })).toBeVisible();
  await expect(section.getByTestId('two-factor-state')).toHaveText('Nicht eingerichtet: Die Person richtet sie bei der nächsten Anmeldung ein.');
  await expectAccessible(page);
  await screenshots(page, 'admin-reset');
  await signOut(page);

  await signIn(page, officer.email, PASSWORD);
  await page.waitForURL('**/account/two-factor');
  await expect(page.getByTestId('two-factor-required')).toBeVisible();
});
