import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { createOrganisation, createTestProject, createTestUser, PASSWORD } from './support/factories';
import { test, expect, expectAccessible, setUpTwoFactor, signIn, withDatabase } from './support/fixtures';
import { linkFromMail } from './support/mail';
import { inviteColleague } from '@/lib/organisations/invite-colleague';

const NEW_PASSWORD = 'Ein-neues-Passwort-2027';
const word = () => randomUUID().slice(0, 8);
/** A tag for a person's name: letters only (lib/users/person-name-schema.ts). */
const letters = (tag: string) => tag.replace(/\d/g, (digit) => 'ghijklmnop'[Number(digit)]!);

function field(page: Page, label: string) {
  return page.getByLabel(label, { exact: true });
}

async function signOut(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Anmelden' })).toBeVisible();
}

test('an administrator finds accounts, invites an officer, who sets up the account from the mail and signs in', async ({ page, signedInAs }) => {
  test.setTimeout(180_000);
  const tag = word();
  await createTestUser({ role: 'OFFICER', email: `suche-${tag}@land.example`, name: `Sina Suche ${letters(tag)}` });
  await createTestUser({ role: 'ADMIN', email: `zweit-${tag}@land.example`, name: `Zora Zweit ${letters(tag)}` });

  await signedInAs('ADMIN');
  await expectAccessible(page);
  await page.getByRole('main').getByRole('link', { name: 'Nutzerinnen und Nutzer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nutzerinnen und Nutzer' })).toBeVisible();
  await expectAccessible(page);

  // Search and filter: the GET form puts them into the URL.
  await page.getByLabel('Suche', { exact: true }).fill(tag);
  await page.getByRole('button', { name: 'Filter anwenden' }).click();
  await page.waitForURL(/q=/);
  const accounts = page.getByRole('region', { name: /^Konten/ });
  await expect(accounts.getByRole('rowheader')).toHaveText([`Sina Suche ${letters(tag)}`, `Zora Zweit ${letters(tag)}`]);
  await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Förderreferent/in' });
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Aktiv' });
  await page.getByRole('button', { name: 'Filter anwenden' }).click();
  await page.waitForURL(/role=OFFICER/);
  expect(page.url()).toMatch(/state=active/);
  await expect(accounts.getByRole('rowheader')).toHaveText([`Sina Suche ${letters(tag)}`]);
  await expect(page.getByText('Konten (1 Konto)')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Rolle', { exact: true })).toHaveValue('OFFICER');

  // Inviting: an empty address is said at the field and in the summary.
  const email = `neu-${tag}@land.example`;
  await page.getByRole('button', { name: 'Einladen' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('E-Mail-Adresse: Bitte geben Sie die E-Mail-Adresse ein.');
  await expect(field(page, 'E-Mail-Adresse')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await field(page, 'E-Mail-Adresse').fill(email);
  await page.getByRole('radio', { name: 'Förderreferent/in' }).check();
  await page.getByRole('button', { name: 'Einladen' }).click();
  await expect(page.getByText(`Die Einladung an ${email} ist verschickt.`)).toBeVisible();
  await expect(page.getByTestId('staff-invitations')).toContainText(email);

  // „Zurücknehmen“ asks first; cancelled here.
  await page.getByRole('button', { name: `Einladung an ${email} zurücknehmen` }).click();
  const dialog = page.getByRole('dialog', { name: 'Einladung zurücknehmen?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(dialog).toBeHidden();
  await signOut(page);

  // The invited officer: name and password through the link, then signing in.
  const link = await linkFromMail(email, 'invitation');
  expect(link).toMatch(/^\/register\?invitation=/);
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Konto einrichten' })).toBeVisible();
  await expect(page.getByText('Sie wurden als Förderreferent/in in das Standards-Portal eingeladen.')).toBeVisible();
  await expect(page.getByTestId('invited-email')).toHaveText(email);
  await expectAccessible(page);
  await field(page, 'Vor- und Nachname').fill('Fritzi Förder');
  await field(page, 'Passwort').fill(PASSWORD);
  await field(page, 'Passwort wiederholen').fill('etwas-anderes-2026');
  await page.getByRole('button', { name: 'Konto einrichten' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Die beiden Passwörter stimmen nicht überein.');
  await expectAccessible(page);
  await field(page, 'Passwort').fill(PASSWORD);
  await field(page, 'Passwort wiederholen').fill(PASSWORD);
  await page.getByRole('button', { name: 'Konto einrichten' }).click();
  await expect(page.getByRole('heading', { name: 'Ihr Konto ist eingerichtet' })).toBeVisible();
  await signIn(page, email, PASSWORD);
  // Two-factor sign-in is mandatory for officers: the set-up comes first (ADR 023).
  await page.waitForURL('**/account/two-factor');
  await setUpTwoFactor(page);
  await page.getByRole('link', { name: 'Fertig – weiter zum Portal' }).click();
  await page.waitForURL('**/review');
  await expect(page.getByRole('heading', { level: 1, name: 'Prüfliste' })).toBeVisible();

  // The link worked once.
  await signOut(page);
  await page.goto(link);
  await expect(page.getByTestId('invitation-problem')).toContainText('bereits verwendet');
});

test('an administrator disables an account (out at its next request) and sends a password-reset link', async ({ page, browser, signedInAs }) => {
  test.setTimeout(180_000);
  const tag = word();
  const olga = await createTestUser({ role: 'OFFICER', email: `olga-${tag}@land.example`, name: `Olga Offline ${letters(tag)}` });
  const paul = await createTestUser({ role: 'OFFICER', email: `paul-${tag}@land.example`, name: `Paul Passwort ${letters(tag)}` });

  // Olga works in a browser of her own.
  const olgasContext = await browser.newContext();
  const olgasPage = await olgasContext.newPage();
  await signIn(olgasPage, olga.email, PASSWORD);
  await olgasPage.waitForURL('**/review');

  await signedInAs('ADMIN');
  await page.goto(`/admin/users?q=${tag}`);
  await page.getByRole('link', { name: `Olga Offline ${letters(tag)}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Olga Offline ${letters(tag)}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Deaktivieren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Konto deaktivieren?' });
  await expect(dialog).toContainText(`Olga Offline ${letters(tag)} wird bei der nächsten Anfrage abgemeldet`);
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Deaktivieren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Das Konto ist deaktiviert.' })).toBeVisible();
  await expect(page.getByText('Das Konto ist deaktiviert: Anmelden ist nicht möglich.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Wieder aktivieren' })).toBeVisible();

  // Olga's next request: the sign-in form in place of the page.
  const response = await olgasPage.reload();
  expect(response?.status()).toBe(401);
  await expect(olgasPage.getByRole('heading', { level: 1, name: 'Bitte melden Sie sich an' })).toBeVisible();
  await olgasContext.close();

  // The own account: no role or access controls.
  await page.goto('/admin/users?role=ADMIN&q=admin%40demo.example');
  await page.getByRole('link', { name: 'Ada Admin' }).click();
  await expect(page.getByTestId('own-account')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Deaktivieren' })).toHaveCount(0);

  // A password-reset link for Paul; the page behind it sets a new password, once.
  await page.goto(`/admin/users?q=${tag}`);
  await page.getByRole('link', { name: `Paul Passwort ${letters(tag)}` }).click();
  await page.getByRole('button', { name: 'Link zum Zurücksetzen senden' }).click();
  await expect(page.getByText(`Der Link ist an ${paul.email} verschickt.`)).toBeVisible();
  await signOut(page);
  const reset = await linkFromMail(paul.email, 'token');
  expect(reset).toMatch(/^\/password\/reset\?token=/);
  await page.goto(reset);
  await expect(page.getByRole('heading', { level: 1, name: 'Neues Passwort festlegen' })).toBeVisible();
  await expectAccessible(page);
  await field(page, 'Neues Passwort').fill('kurz');
  await field(page, 'Neues Passwort wiederholen').fill('kurz');
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Das Passwort ist zu kurz');
  await expectAccessible(page);
  await field(page, 'Neues Passwort').fill(NEW_PASSWORD);
  await field(page, 'Neues Passwort wiederholen').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page.getByRole('heading', { name: 'Ihr Passwort ist geändert' })).toBeVisible();
  await signIn(page, paul.email, NEW_PASSWORD);
  await page.waitForURL('**/review');
  await signOut(page);
  await page.goto(reset);
  await expect(page.getByTestId('reset-problem')).toContainText('bereits verwendet');
  await expectAccessible(page);
});

test('an administrator edits an organisation and merges a duplicate into it', async ({ page, signedInAs }) => {
  test.setTimeout(180_000);
  const tag = word();
  const survivor = await createOrganisation({ name: `Brückenbau ${tag} e. V.` });
  const duplicate = await createOrganisation({ name: `Brueckenbau ${tag} eV`, applicantName: 'Doris Doppelt' });
  await createTestProject({ actor: duplicate.applicant, input: { title: `Projekt der Dublette ${tag}` } });

  await signedInAs('ADMIN');
  await page.getByRole('main').getByRole('link', { name: 'Organisationen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisationen' })).toBeVisible();
  await page.getByLabel('Name der Organisation').fill(tag);
  await page.getByRole('button', { name: 'Suchen', exact: true }).click();
  await page.waitForURL(/q=/);
  await expect(page.getByText('Organisationen (2 Organisationen)')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: `Brückenbau ${tag} e. V.` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Brückenbau ${tag} e. V.` })).toBeVisible();
  await expectAccessible(page);

  // Editing: the applicants' form and rules.
  await field(page, 'Postleitzahl').fill('123');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Die Postleitzahl muss aus 5 Ziffern bestehen.');
  await expectAccessible(page);
  await field(page, 'Postleitzahl').fill('06108');
  await field(page, 'Ort').fill('Halle (Saale)');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Gespeichert.')).toBeVisible();

  // Merging: nothing chosen is said at the field; then the dialog names what moves.
  await page.getByRole('button', { name: 'Zusammenführen …' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Bitte wählen Sie die Dublette.');
  await expectAccessible(page);
  const option = await page.getByLabel('Dublette', { exact: true }).locator('option', { hasText: `Brueckenbau ${tag} eV` }).textContent();
  await page.getByLabel('Dublette', { exact: true }).selectOption({ label: option! });
  await page.getByRole('button', { name: 'Zusammenführen …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Organisationen zusammenführen?' });
  await expect(dialog).toContainText(`„Brueckenbau ${tag} eV“ wird in „Brückenbau ${tag} e. V.“ übernommen: 1 Konto, 1 Projekt und 0 Einladungen gehen über`);
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Zusammenführen', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ist mit dieser Organisation zusammengeführt' })).toBeVisible();
  await expect(page.getByTestId('organisation-users')).toContainText('Doris Doppelt');
  await expect(page.getByTestId('organisation-projects')).toContainText(`Projekt der Dublette ${tag}`);

  const remaining = await withDatabase(async (client) => (await client.query(`SELECT count(*)::int AS n FROM "Organisation" WHERE "id" = $1`, [duplicate.id])).rows[0].n);
  expect(remaining).toBe(0);
  await page.goto(`/admin/organisations?q=${tag}`);
  await expect(page.getByText('Organisationen (1 Organisation)')).toBeVisible();
  await page.goto(`/admin/organisations/${duplicate.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
  expect(survivor.id).not.toBe(duplicate.id);
});

test('an applicant revokes an invitation and removes a colleague on /organisation', async ({ page }) => {
  test.setTimeout(120_000);
  const tag = word();
  const organisation = await createOrganisation({ name: `Team ${tag} e. V.`, applicantEmail: `chefin-${tag}@team.example`, applicantName: 'Clara Chefin' });
  await createTestUser({ role: 'APPLICANT', organisationId: organisation.id, email: `kai-${tag}@team.example`, name: 'Kai Kollege' });
  await inviteColleague({ actor: organisation.applicant, input: { email: `gast-${tag}@team.example` }, locale: 'de', baseUrl: 'http://localhost' });

  await signIn(page, organisation.applicant.email, PASSWORD);
  await page.waitForURL('**/projects');
  await page.goto('/organisation');
  await page.getByRole('button', { name: `Einladung an gast-${tag}@team.example zurücknehmen` }).click();
  const revoke = page.getByRole('dialog', { name: 'Einladung zurücknehmen?' });
  await expectAccessible(page);
  await revoke.getByRole('button', { name: 'Zurücknehmen' }).click();
  await expect(page.getByText(`Die Einladung an gast-${tag}@team.example ist zurückgenommen.`)).toBeVisible();
  await expect(page.getByText('Keine offenen Einladungen.')).toBeVisible();

  await page.getByRole('button', { name: 'Kai Kollege aus der Organisation entfernen' }).click();
  const remove = page.getByRole('dialog', { name: 'Kai Kollege entfernen?' });
  await expect(remove).toContainText('verliert sofort den Zugang');
  await expectAccessible(page);
  await remove.getByRole('button', { name: 'Entfernen' }).click();
  await expect(page.getByText('Kai Kollege ist aus der Organisation entfernt.')).toBeVisible();
  await expect(page.getByTestId('members')).not.toContainText('Kai Kollege');

  // The last member cannot leave: said in the dialog.
  await page.getByRole('button', { name: 'Die Organisation verlassen' }).click();
  const leave = page.getByRole('dialog', { name: 'Organisation verlassen?' });
  await leave.getByRole('button', { name: 'Verlassen' }).click();
  await expect(leave.getByTestId('dialog-error')).toContainText('einzige aktive Mitglied');
  await expectAccessible(page);
  await leave.getByRole('button', { name: 'Abbrechen' }).click();
});
