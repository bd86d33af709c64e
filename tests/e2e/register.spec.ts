import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, signIn } from './support/fixtures';
import { createTestMail } from './support/factories';
import { linkFromMail } from './support/mail';

const PASSWORD = 'Ein-sicheres-Passwort-2026';

function field(page: Page, label: string) {
  return page.getByLabel(label, { exact: true });
}

async function fillPerson(page: Page, person: { name: string; email?: string; password: string }) {
  await field(page, 'Vor- und Nachname').fill(person.name);
  if (person.email) await field(page, 'E-Mail-Adresse').fill(person.email);
  await field(page, 'Passwort').fill(person.password);
  await field(page, 'Passwort wiederholen').fill(person.password);
}

test('register a new organisation, confirm the address from the mail, sign in and edit the organisation', async ({ page }) => {
  test.setTimeout(120_000);
  const email = `neu-${Date.now()}@verein.example`;
  await page.goto('/login');
  await page.getByRole('main').getByRole('link', { name: 'Registrieren' }).click();
  await expect(page).toHaveURL('/register');
  await expect(page.getByRole('heading', { level: 1, name: 'Registrieren' })).toBeVisible();
  await expectAccessible(page);

  // A refused password says why; the other input stays, the password fields are emptied.
  await fillPerson(page, { name: 'Nora Neu', email, password: 'zu-kurz' });
  await field(page, 'Name der Organisation').fill('Brückenbauer Fachkräfte e. V.');
  await field(page, 'Straße und Hausnummer').fill('Hauptstraße 5');
  await field(page, 'Postleitzahl').fill('0610');
  await field(page, 'Ort').fill('Halle (Saale)');
  await page.getByRole('button', { name: 'Registrieren' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Bitte korrigieren Sie die markierten Angaben.' })).toContainText('Passwort: Das Passwort ist zu kurz');
  await expect(page.locator('#password-error')).toHaveText('Das Passwort ist zu kurz: Es muss mindestens 12 Zeichen lang sein.');
  await expect(page.locator('#postalCode-error')).toHaveText('Die Postleitzahl muss aus 5 Ziffern bestehen.');
  await expect(field(page, 'Passwort')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'Passwort')).toHaveValue('');
  await expect(field(page, 'Vor- und Nachname')).toHaveValue('Nora Neu');
  await expect(field(page, 'Name der Organisation')).toHaveValue('Brückenbauer Fachkräfte e. V.');
  await expectAccessible(page);

  await field(page, 'Passwort').fill(email);
  await field(page, 'Passwort wiederholen').fill(email);
  await field(page, 'Postleitzahl').fill('06108');
  await page.getByRole('button', { name: 'Registrieren' }).click();
  await expect(page.locator('#password-error')).toHaveText('Das Passwort darf nicht Ihre E-Mail-Adresse sein.');

  await field(page, 'Passwort').fill(PASSWORD);
  await field(page, 'Passwort wiederholen').fill(PASSWORD);
  await page.getByRole('button', { name: 'Registrieren' }).click();
  await expect(page.getByRole('heading', { name: 'Bitte prüfen Sie Ihr Postfach' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(`Wir haben eine E-Mail an ${email} geschickt.`);
  await expectAccessible(page);

  // Not yet confirmed: sign-in is refused with the reason.
  await signIn(page, email, PASSWORD);
  await expect(page.getByTestId('form-error')).toHaveText(
    'Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse über den Link in unserer E-Mail.',
  );

  const confirmation = await linkFromMail(email, 'token');
  expect(confirmation).toMatch(/^\/register\/confirm\?token=/);
  // Opening the link (as a mail scanner does) confirms nothing: the page shows the registration
  // and a button (ADR 024).
  await page.goto(confirmation);
  await expect(page.getByRole('heading', { level: 1, name: 'E-Mail-Adresse bestätigen' })).toBeVisible();
  await expect(page.getByTestId('confirm-registration')).toContainText('Nora Neu');
  await expect(page.getByTestId('confirm-registration')).toContainText('Brückenbauer Fachkräfte e. V.');
  await expect(page.getByRole('main')).toContainText(email);
  await expectAccessible(page);
  await signIn(page, email, PASSWORD);
  await expect(page.getByTestId('form-error')).toHaveText(
    'Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse über den Link in unserer E-Mail.',
  );
  await page.goto(confirmation);
  await page.getByRole('button', { name: 'E-Mail-Adresse bestätigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'E-Mail-Adresse bestätigt' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'E-Mail-Adresse bestätigt' })).toBeFocused();
  await expectAccessible(page);
  await page.getByRole('main').getByRole('link', { name: 'Anmelden' }).click();
  await expect(page).toHaveURL('/login');
  await signIn(page, email, PASSWORD);
  await page.waitForURL('**/projects');
  await expect(page).toHaveURL('/projects');

  // The organisation page: own details, editable.
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Organisation' }).click();
  await expect(page).toHaveURL('/organisation');
  await expect(field(page, 'Name der Organisation')).toHaveValue('Brückenbauer Fachkräfte e. V.');
  await expect(page.getByTestId('members')).toContainText('Nora Neu');
  await expectAccessible(page);
  await field(page, 'Ort').fill('Halle');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Gespeichert.')).toBeVisible();
  await page.reload();
  await expect(field(page, 'Ort')).toHaveValue('Halle');

  // The link works once.
  await page.goto(confirmation);
  await expect(page.getByRole('heading', { level: 1, name: 'Bestätigung nicht möglich' })).toBeVisible();
  await expect(page.getByTestId('confirm-problem')).toContainText('bereits verwendet');
  await expectAccessible(page);
});

test('an expired or unknown confirmation link explains itself and offers a new link', async ({ page }) => {
  await page.goto('/register/confirm?token=gibt-es-nicht');
  await expect(page.getByRole('heading', { level: 1, name: 'Bestätigung nicht möglich' })).toBeVisible();
  await expect(page.getByTestId('confirm-problem')).toContainText('ungültig');
  await field(page, 'E-Mail-Adresse').fill('niemand@verein.example');
  await page.getByRole('button', { name: 'Neuen Link anfordern' }).click();
  await expect(page.getByRole('status')).toContainText('Falls zu niemand@verein.example ein noch nicht bestätigtes Konto besteht');
  await expectAccessible(page);
});

test('an applicant invites a colleague, who registers through the link into the same organisation', async ({ page, signedInAs }) => {
  const colleague = `kollegin-${Date.now()}@demo.example`;
  await signedInAs('APPLICANT');
  await page.goto('/organisation');
  await expect(page.getByRole('heading', { level: 1, name: 'Organisation' })).toBeVisible();
  const organisationName = await field(page, 'Name der Organisation').inputValue();
  expect(organisationName).not.toBe('');
  await page.getByRole('heading', { name: 'Kolleg/in einladen' }).scrollIntoViewIfNeeded();
  await field(page, 'E-Mail-Adresse der Kollegin oder des Kollegen').fill(colleague);
  await page.getByRole('button', { name: 'Einladen' }).click();
  await expect(page.getByText(`Die Einladung an ${colleague} ist verschickt.`)).toBeVisible();
  await expect(page.getByTestId('invitations')).toContainText(colleague);
  await expectAccessible(page);
  await page.getByRole('banner').getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Anmelden' })).toBeVisible();

  const invitation = await linkFromMail(colleague, 'invitation');
  expect(invitation).toMatch(/^\/register\?invitation=/);
  await page.goto(invitation);
  await expect(page.getByTestId('joining-organisation')).toHaveText(`Sie treten der Organisation „${organisationName}“ bei.`);
  await expect(field(page, 'Name der Organisation')).toHaveCount(0);
  await expect(field(page, 'E-Mail-Adresse')).toHaveValue(colleague);
  await expectAccessible(page);
  await fillPerson(page, { name: 'Karla Kollegin', password: PASSWORD });
  await page.getByRole('button', { name: 'Registrieren' }).click();
  await expect(page.getByRole('heading', { name: 'Bitte prüfen Sie Ihr Postfach' })).toBeVisible();

  await page.goto(await linkFromMail(colleague, 'token'));
  await page.getByRole('button', { name: 'E-Mail-Adresse bestätigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'E-Mail-Adresse bestätigt' })).toBeVisible();
  await signIn(page, colleague, PASSWORD);
  await page.waitForURL('**/projects');
  await page.goto('/organisation');
  await expect(field(page, 'Name der Organisation')).toHaveValue(organisationName);
  await expect(page.getByTestId('members')).toContainText('Karla Kollegin');
  await expect(page.getByTestId('members')).toContainText('antrag@demo.example');

  // The invitation was used once; the link now says so.
  await page.getByRole('banner').getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Anmelden' })).toBeVisible();
  await page.goto(invitation);
  await expect(page.getByRole('heading', { level: 1, name: 'Einladung nicht gültig' })).toBeVisible();
  await expect(page.getByTestId('invitation-problem')).toContainText('bereits verwendet');
  await expectAccessible(page);
});

test('/organisation is for applicants only', async ({ page, signedInAs }) => {
  await page.goto('/organisation');
  await expect(page).toHaveURL('/login?callbackUrl=/organisation');
  await signedInAs('OFFICER');
  const response = await page.goto('/organisation');
  expect(response?.status()).toBe(403);
});

test('/dev/mail is the mail log with the embedded database, and does not exist on a database server', async ({ page }) => {
  const serverMode = Boolean(process.env.E2E_DATABASE_URL);
  const subject = `Protokolltest ${Date.now()}`;
  await createTestMail({
    to: 'log@verein.example',
    subject,
    body: 'Guten Tag,\n\nhier ist ein Link: http://localhost:3100/register/confirm?token=beispiel\n\n<b>kein HTML</b>',
  });
  const response = await page.goto('/dev/mail');
  if (serverMode) {
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
    return;
  }
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Mail-Protokoll' })).toBeVisible();
  const mail = page.getByRole('article', { name: subject });
  await expect(mail).toContainText('log@verein.example');
  await expect(mail).toContainText('<b>kein HTML</b>');
  await expect(mail.getByRole('link', { name: 'http://localhost:3100/register/confirm?token=beispiel' })).toHaveAttribute(
    'href',
    'http://localhost:3100/register/confirm?token=beispiel',
  );
  await expectAccessible(page);
});

test('/dev/mail shows a confirmation link only while it works, and the link confirms only through its button', async ({ page }) => {
  const serverMode = Boolean(process.env.E2E_DATABASE_URL);
  const email = `protokoll-${Date.now()}@verein.example`;
  await page.goto('/register');
  await fillPerson(page, { name: 'Lia Logbuch', email, password: PASSWORD });
  await field(page, 'Name der Organisation').fill('Logbuch e. V.');
  await field(page, 'Straße und Hausnummer').fill('Hauptstraße 5');
  await field(page, 'Postleitzahl').fill('06108');
  await field(page, 'Ort').fill('Halle');
  await page.getByRole('button', { name: 'Registrieren' }).click();
  await expect(page.getByRole('heading', { name: 'Bitte prüfen Sie Ihr Postfach' })).toBeVisible();

  const response = await page.goto('/dev/mail');
  if (serverMode) {
    // No mail log on a database server (the confirmation itself: the first test of this file).
    expect(response?.status()).toBe(404);
    return;
  }
  const mail = page.getByRole('article').filter({ hasText: email }).first();
  const link = mail.getByRole('link', { name: /\/register\/confirm\?token=[A-Za-z0-9_-]{43}$/ });
  await expect(link).toBeVisible();
  await expectAccessible(page);
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/dev-mail-live-${width}.png`, fullPage: false });
  }
  await page.setViewportSize({ width: 1280, height: 720 });

  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'E-Mail-Adresse bestätigen' })).toBeVisible();
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/confirm-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('button', { name: 'E-Mail-Adresse bestätigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'E-Mail-Adresse bestätigt' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/confirmed-1280.png' });

  // Used: the log keeps the mail, but no longer the link.
  await page.goto('/dev/mail');
  await expect(mail).toContainText('/register/confirm?token=token-removed');
  await expect(mail.getByTestId('link-removed')).toHaveText('(Link entfernt: verwendet, zurückgenommen, ersetzt, abgelaufen oder schon versandt)');
  await expect(mail.getByRole('link', { name: /register\/confirm/ })).toHaveCount(0);
  await expectAccessible(page);
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/dev-mail-removed-${width}.png` });
  }
});
