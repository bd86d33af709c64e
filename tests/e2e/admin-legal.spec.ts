import { expect, expectAccessible, test } from './support/fixtures';

test('an administrator sets the contact address and rewrites the Impressum, which the public page shows at once', async ({ page, signedInAs }) => {
  await signedInAs('ADMIN');
  await page.goto('/admin/settings');

  // The contact address: a wrong one is named next to the field, a right one is saved.
  const contact = page.getByLabel('Kontaktadresse in E-Mails');
  await contact.fill('keine Adresse');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(contact).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'Die Einstellungen konnten nicht gespeichert werden' })).toContainText('Bitte geben Sie eine gültige E-Mail-Adresse ein');
  await contact.fill('foerderung@example.de');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('status')).toHaveText('Die Einstellungen wurden gespeichert.');

  const legal = page.getByRole('region', { name: 'Rechtliche Texte' });
  await expect(legal.getByRole('listitem').filter({ hasText: 'Impressum bearbeiten' })).toContainText('Platzhaltertext');
  await legal.getByRole('link', { name: 'Impressum bearbeiten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Impressum bearbeiten' })).toBeVisible();
  await expectAccessible(page);

  // An empty English text is refused with the message at the field; nothing is saved.
  const german = page.getByLabel('Text auf Deutsch');
  const english = page.getByLabel('Text auf Englisch');
  await english.fill('');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(english).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'Der Text konnte nicht gespeichert werden' })).toContainText('Text auf Englisch: Bitte geben Sie den Text ein.');
  await expectAccessible(page);

  await german.fill('## Anbieter\n\nLandesamt für Fachkräftesicherung\nDomplatz 1, 39104 Magdeburg');
  await english.fill('## Provider\n\nState Office for Skilled Labour');
  // The live preview renders the text as the page will.
  await expect(page.getByRole('region', { name: 'Vorschau (Deutsch)' }).getByRole('heading', { name: 'Anbieter' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Vorschau (Deutsch)' })).toContainText('Landesamt für Fachkräftesicherung Domplatz 1, 39104 Magdeburg');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('status')).toHaveText('Der Text wurde gespeichert und ist veröffentlicht.');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: test.info().outputPath('legal-form-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 320, height: 900 });
  await page.screenshot({ path: test.info().outputPath('legal-form-320.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  // The cached public page shows the new text in both languages, without the placeholder notice.
  await page.goto('/impressum');
  await expect(page.getByRole('heading', { level: 2, name: 'Anbieter' })).toBeVisible();
  await expect(page.getByText('Landesamt für Fachkräftesicherung')).toBeVisible();
  await expect(page.getByText('Platzhaltertext')).toHaveCount(0);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('State Office for Skilled Labour')).toBeVisible();
  await expectAccessible(page);
});
