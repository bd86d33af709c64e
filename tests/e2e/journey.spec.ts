import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, signIn } from './support/fixtures';
import { linkFromMail } from './support/mail';

/**
 * The applicant's whole way through the portal (issue #3): register an organisation, confirm
 * the address, create a project with a participating company, answer all 22 standards (two
 * through the applicability hints), watch the progress, submit, and find it read-only.
 */
const PASSWORD = 'Ein-sicheres-Passwort-2026';
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test('register → confirm → project with company → all 22 standards → submit → read-only', async ({ page }) => {
  test.setTimeout(180_000);
  const email = `reise-${Date.now()}@traeger.example`;

  await page.goto('/register');
  await field(page, 'Vor- und Nachname').fill('Rita Reise');
  await field(page, 'E-Mail-Adresse').fill(email);
  await field(page, 'Passwort').fill(PASSWORD);
  await field(page, 'Passwort wiederholen').fill(PASSWORD);
  await field(page, 'Name der Organisation').fill('Willkommen in Sachsen-Anhalt gGmbH');
  await field(page, 'Straße und Hausnummer').fill('Breiter Weg 1');
  await field(page, 'Postleitzahl').fill('39104');
  await field(page, 'Ort').fill('Magdeburg');
  await page.getByRole('button', { name: 'Registrieren' }).click();
  await expect(page.getByRole('heading', { name: 'Bitte prüfen Sie Ihr Postfach' })).toBeVisible();

  await page.goto(await linkFromMail(email, 'token'));
  await page.getByRole('button', { name: 'E-Mail-Adresse bestätigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'E-Mail-Adresse bestätigt' })).toBeVisible();
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL('/projects');
  await expectAccessible(page);

  // A project for skilled workers from EU countries: standards 13 and 20 may not apply.
  await page.getByRole('link', { name: 'Neues Projekt' }).click();
  await field(page, 'Titel des Projekts').fill('Elektrofachkräfte aus Polen und Spanien');
  await field(page, 'Kurzbeschreibung').fill('Anwerbung von Elektrofachkräften für Handwerksbetriebe.');
  await field(page, 'Beginn').fill('2027-03-01');
  await field(page, 'Ende').fill('2028-02-29');
  await page.getByRole('radio', { name: 'Fachkräfte', exact: true }).check();
  await field(page, 'Geplante Anzahl Personen').fill('8');
  for (const country of ['Polen', 'Spanien']) {
    await field(page, 'Länder filtern').fill(country);
    await page.getByRole('checkbox', { name: new RegExp(`^${country}`) }).check();
  }
  await field(page, 'Berufe oder Branchen').fill('Elektrotechnik');
  await field(page, 'Region in Sachsen-Anhalt').selectOption({ label: 'Harz' });
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Projekt anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Elektrofachkräfte aus Polen und Spanien' })).toBeVisible();

  // A participating company with its own contribution and contact person.
  await page.getByRole('link', { name: 'Unternehmen hinzufügen' }).click();
  await field(page, 'Name des Unternehmens').fill('Harzer Elektro GmbH');
  await field(page, 'Kontakt (Anschrift, Telefon oder E-Mail)').fill('Marktstraße 3, 38855 Wernigerode');
  await page.getByLabel('Eine unterschriebene Absichtserklärung liegt vor').check();
  await field(page, 'Art der Eigenleistung').fill('Freistellung von Personal');
  await field(page, 'Umfang oder Wert').fill('20 %');
  await page.getByRole('group', { name: /Ansprechperson/ }).getByLabel('Name', { exact: true }).fill('Karl Kümmerer');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Harzer Elektro GmbH')).toBeVisible();
  await expectAccessible(page);

  // The self-assessment.
  await page.getByRole('link', { name: 'Selbstbewertung' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Selbstbewertung: Elektrofachkräfte aus Polen und Spanien');
  await expect(page.getByTestId('progress-overall')).toHaveText('0 von 22 Standards vollständig beantwortet');
  await expectAccessible(page);

  // One page per phase: the hints sit with their standards (13 in Phase I, 20 in Phase II).
  const phases = [
    { from: 1, to: 6, hint: null },
    { from: 7, to: 14, hint: 'std-13' },
    { from: 15, to: 22, hint: 'std-20' },
  ];
  await page.getByTestId('phase-link-GENERAL').click();
  for (const [index, phase] of phases.entries()) {
    if (phase.hint) {
      await page.getByTestId(`hint-${phase.hint}`).getByRole('button', { name: 'Als „Nicht zutreffend“ markieren' }).click();
      await page.getByRole('button', { name: 'Übernehmen' }).click();
      await expect(page.locator(`section#${phase.hint}`).getByTestId('save-status')).toHaveText(/^Gespeichert /);
    }
    const keys = Array.from({ length: phase.to - phase.from + 1 }, (_, i) => `std-${String(phase.from + i).padStart(2, '0')}`).filter((key) => key !== phase.hint);
    for (const key of keys) {
      const section = page.locator(`section#${key}`);
      await section.getByRole('radio', { name: 'Erfüllt', exact: true }).check();
      await section.getByLabel('Umsetzung / Begründung').fill(`So erfüllt das Projekt ${key}.`);
    }
    for (const key of keys) await expect(page.locator(`section#${key}`).getByTestId('save-status')).toHaveText(/^Gespeichert /);
    if (index === 0) await expectAccessible(page);
    await page.getByTestId(index < phases.length - 1 ? 'phase-next' : 'phase-overview').click();
  }
  await expect(page.getByTestId('progress-overall')).toHaveText('22 von 22 Standards vollständig beantwortet');
  await expect(page.getByTestId('progress-PHASE_1')).toHaveText('8 von 8');

  await page.getByRole('button', { name: 'Einreichen' }).click();
  await page.getByRole('dialog', { name: 'Selbstbewertung einreichen?' }).getByRole('button', { name: 'Ja, einreichen' }).click();
  await expect(page.getByTestId('assessment-status')).toHaveText('Eingereicht');
  await expectAccessible(page);
  await page.getByTestId('phase-link-PHASE_1').click();
  // On the phase page (the overview has the notice and no text box either: wait for the page itself).
  await expect(page).toHaveURL(/\/assessment\/phase-1$/);
  await expect(page.getByTestId('read-only-notice')).toBeVisible();
  // No answer field is left; the only text boxes are the comment threads' (one per standard).
  await expect(page.getByRole('textbox', { name: 'Umsetzung / Begründung' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Kommentar', exact: true })).toHaveCount(8);
  await expect(page.getByRole('textbox')).toHaveCount(8);

  // The project list shows the new status and the full progress.
  await page.goto('/projects');
  const row = page.getByRole('row', { name: /Elektrofachkräfte aus Polen und Spanien/ });
  await expect(row).toContainText('Eingereicht');
  await expect(row).toContainText('22 von 22');
});
