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

  test('the public pages come from the cache, per language, and the header still knows who is signed in', async ({ page, request, signedInAs }) => {
    // The same bytes for everyone: served from Next's cache after the first request (STALE:
    // from the cache too, while a re-render runs in the background). The request context keeps
    // its connection, so both requests reach the same server process.
    for (const path of ['/', '/standards', '/impressum']) {
      await request.get(path);
      const cached = await request.get(path);
      expect(cached.status()).toBe(200);
      expect(cached.headers()['x-nextjs-cache'], path).toMatch(/^(HIT|STALE)$/);
      expect(cached.headers()['cache-control'], path).toMatch(/s-maxage=/);
      expect(await cached.text(), path).not.toContain('data-testid="current-user"');
    }
    // One copy per language: the cookie picks it, the URL stays the same.
    const english = await request.get('/standards', { headers: { cookie: 'NEXT_LOCALE=en' } });
    expect(await english.text()).toContain('<html lang="en"');
    // The locale segment never shows: a prefixed URL is no page.
    expect((await request.get('/de/standards')).status()).toBe(404);

    // Signed in, the cached page's header asks the session in the browser.
    await signedInAs('APPLICANT');
    await page.goto('/standards');
    const banner = page.getByRole('banner');
    await expect(banner.getByTestId('current-user')).toHaveText('Angemeldet als Anna Antrag');
    await expect(banner.getByRole('link', { name: 'Anmelden' })).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Projekte' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Standards' })).toHaveAttribute('aria-current', 'page');
    await page.goto('/');
    await expect(page.getByRole('main').getByRole('link', { name: 'Zu meiner Startseite' })).toHaveAttribute('href', '/home');
    await expectAccessible(page);

    await banner.getByRole('button', { name: 'Abmelden' }).click();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Anmelden' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Anmelden' })).toBeVisible();
  });
});
