import { test, expect, expectAccessible } from './support/fixtures';

test.describe('public pages', () => {
  test('start page links to the catalogue and to sign-in', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Standards-Portal Fachkräfteanwerbung Sachsen-Anhalt');
    await expect(page.getByRole('main').getByRole('link', { name: 'Standardkatalog lesen' })).toHaveAttribute('href', '/standards');
    await expectAccessible(page);
  });

  test('the catalogue shows the 22 standards by phase, word for word', async ({ page }) => {
    await page.goto('/standards');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Anlage 1: Übersicht über Standards für Projekte mit der Zielstellung der Anwerbung von Fachkräften aus dem Ausland',
    );
    await expect(page.getByRole('heading', { level: 2, name: 'Grundsätzliche Erwartungen' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Phase I: Ansprache und Information' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Phase II: Umzug und Integration' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3 })).toHaveCount(6);
    await expect(page.locator('article')).toHaveCount(22);

    const standard11 = page.locator('article#std-11');
    await expect(standard11.getByRole('heading')).toHaveText('Standard 11');
    await expect(standard11).toContainText('Dies setzt ausreichend zeitlichen Spielraum zwischen Ansprache und Aufnahme einer Beschäftigung/ Ausbildung voraus.');
    await expect(standard11).toContainText('Gute Deutschkenntnisse erleichtern den Integrationsprozess (beruflich und gesellschaftlich).');

    // • items are lists: standard 19's further information has four.
    await expect(page.locator('article#std-19 dd').nth(1).getByRole('listitem')).toHaveCount(4);
    await expect(page.locator('article#std-04')).toContainText('Keine Angaben.');

    // The table of contents jumps to the phases.
    await page.getByRole('navigation', { name: 'Inhalt' }).getByRole('link', { name: 'Phase II: Umzug und Integration' }).click();
    await expect(page).toHaveURL(/#phase_2$/);
    await expectAccessible(page);
  });

  test('the sign-in page and the three legal pages are reachable from every page', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
    await expectAccessible(page);
    for (const [name, path] of [
      ['Impressum', '/impressum'],
      ['Datenschutz', '/datenschutz'],
      ['Barrierefreiheit', '/barrierefreiheit'],
    ] as const) {
      await page.getByRole('contentinfo').getByRole('link', { name }).click();
      await expect(page).toHaveURL(path);
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      await expectAccessible(page);
    }
  });

  test('a skip link leads to the main content', async ({ page }) => {
    await page.goto('/standards');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
    await expect(skip).toBeFocused();
    await skip.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });

  test('unknown pages answer 404 with a helpful page', async ({ page }) => {
    const response = await page.goto('/gibt-es-nicht');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
    await expectAccessible(page);
  });

  test('health answers 200 while the database is up', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });
});
