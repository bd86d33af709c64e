import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';

/** Full-page screenshots at 1280 and 320 px into the test's output folder (to look at, not compared). */
async function screenshots(page: Page, name: string) {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

// The one spec that changes the statement's settings (the accessibility spec only reads the page).
test('an administrator fills in the Barrierefreiheitserklärung; the public page shows every part of the model statement in both languages', async ({ page, signedInAs }) => {
  await signedInAs('ADMIN');
  await page.goto('/admin/settings/legal/barrierefreiheit');
  const form = page.getByTestId('accessibility-form');
  await expect(page.getByRole('heading', { level: 2, name: 'Angaben der Erklärung' })).toBeVisible();

  // A malformed date and web page are named at their fields; nothing is saved.
  await form.getByLabel('Website der Stelle').fill('javascript:alert(1)');
  await form.getByRole('button', { name: 'Angaben speichern' }).click();
  await expect(form.getByLabel('Website der Stelle')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('alert')).toContainText('Website der Stelle: Bitte geben Sie eine Adresse ein, die mit https:// oder http:// beginnt');
  await expectAccessible(page);

  await form.getByRole('radio', { name: 'Teilweise vereinbar' }).check();
  await form.getByLabel('Nicht barrierefreie Inhalte mit Begründung (Deutsch)').fill('Hochgeladene Nachweise (PDF) werden nicht geprüft: Es sind Inhalte Dritter.');
  await form.getByLabel('Nicht barrierefreie Inhalte mit Begründung (English)').fill('Uploaded evidence (PDF) is not checked: it is third-party content.');
  await form.getByLabel('Erstellt am').fill('2026-11-30');
  await form.getByLabel('Zuletzt überprüft am').fill('2026-12-02');
  await form.getByRole('radio', { name: 'Selbstbewertung' }).check();
  await form.getByLabel('E-Mail-Adresse für Rückmeldungen').fill('barrierefreiheit@foerderung.example');
  await form.getByLabel('Telefonnummer für Rückmeldungen').fill('0391 567-0');
  await form.getByLabel('Postanschrift für Rückmeldungen').fill('Landesamt für Fachkräftesicherung\nDomplatz 1\n39104 Magdeburg');
  await form.getByLabel('Website der Stelle').fill('https://www.lf-barrierefreiheit-st.de/ueber-uns/ombudsstelle');
  await form.getByRole('button', { name: 'Angaben speichern' }).click();
  await expect(form.getByRole('status')).toHaveText('Die Angaben wurden gespeichert und sind veröffentlicht.');
  await screenshots(page, 'statement-form');

  // The cached public page at once: the parts in the model's order, with the values.
  await page.goto('/barrierefreiheit');
  const statement = page.getByTestId('accessibility-statement');
  await expect(statement.getByRole('heading', { level: 2 })).toHaveText([
    'Stand der Vereinbarkeit mit den Anforderungen',
    'Nicht barrierefreie Inhalte',
    'Erstellung dieser Erklärung',
    'Feedback und Kontaktangaben',
    'Durchsetzungsverfahren',
  ]);
  await expect(page.getByTestId('a11y-conformity')).toContainText('teilweise vereinbar');
  await expect(page.getByTestId('a11y-gaps')).toHaveText('Hochgeladene Nachweise (PDF) werden nicht geprüft: Es sind Inhalte Dritter.');
  await expect(page.getByTestId('a11y-dates')).toHaveText('Diese Erklärung wurde am 30. November 2026 erstellt. Sie wurde zuletzt am 2. Dezember 2026 überprüft.');
  await expect(page.getByTestId('a11y-method')).toContainText('Selbstbewertung');
  await expect(page.getByTestId('a11y-contact').getByRole('link', { name: 'barrierefreiheit@foerderung.example' })).toHaveAttribute('href', 'mailto:barrierefreiheit@foerderung.example');
  await expect(page.getByTestId('a11y-contact')).toContainText('39104 Magdeburg');
  await expect(page.getByTestId('a11y-enforcement')).toContainText('Ombudsstelle bei der Landesfachstelle für Barrierefreiheit Sachsen-Anhalt');
  await expect(page.getByTestId('a11y-enforcement').getByRole('link')).toHaveAttribute('href', 'https://www.lf-barrierefreiheit-st.de/ueber-uns/ombudsstelle');
  // The free text follows as „Weitere Hinweise“.
  await expect(page.getByRole('heading', { level: 2, name: 'Weitere Hinweise' })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'statement-page');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(statement.getByRole('heading', { level: 2 }).first()).toHaveText('Compliance status');
  await expect(page.getByTestId('a11y-gaps')).toHaveText('Uploaded evidence (PDF) is not checked: it is third-party content.');
  await expect(page.getByTestId('a11y-dates')).toHaveText('This statement was prepared on 30 November 2026. It was last reviewed on 2 December 2026.');
  await expect(page.getByTestId('a11y-enforcement')).toContainText('Ombudsstelle');
  await expectAccessible(page);
});
