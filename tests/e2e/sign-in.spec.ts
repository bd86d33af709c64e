import { test, expect, expectAccessible, signIn, DEMO, DEMO_PASSWORD, type DemoRole } from './support/fixtures';
import { E2E } from './support/e2e-env';

const NAV_ITEM: Record<DemoRole, string> = { APPLICANT: 'Projekte', OFFICER: 'Prüfung', ADMIN: 'Verwaltung' };

for (const role of Object.keys(DEMO) as DemoRole[]) {
  test(`the demo ${role} signs in, lands on their home and signs out`, async ({ page, signedInAs }) => {
    await signedInAs(role);
    await expect(page).toHaveURL(DEMO[role].home);
    const header = page.getByRole('banner');
    await expect(header.getByTestId('current-user')).toHaveText(`Angemeldet als ${DEMO[role].name}`);
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await expect(nav.getByRole('link', { name: NAV_ITEM[role] })).toHaveAttribute('aria-current', 'page');
    for (const other of Object.values(NAV_ITEM).filter((name) => name !== NAV_ITEM[role])) {
      await expect(nav.getByRole('link', { name: other })).toHaveCount(0);
    }
    await expectAccessible(page);

    await header.getByRole('button', { name: 'Abmelden' }).click();
    await expect(header.getByRole('link', { name: 'Anmelden' })).toBeVisible();
    const response = await page.goto(DEMO[role].home);
    expect(response?.url()).toContain('/login');
  });
}

test('a wrong password and an unknown address get the same message', async ({ page }) => {
  await signIn(page, 'pruefung@demo.example', 'falsches-Passwort');
  await expect(page.getByTestId('form-error')).toHaveText('E-Mail-Adresse oder Passwort ist falsch.');
  await expectAccessible(page);
  await signIn(page, 'unbekannt@demo.example', DEMO_PASSWORD);
  await expect(page.getByTestId('form-error')).toHaveText('E-Mail-Adresse oder Passwort ist falsch.');
});

test('empty fields are named next to the field', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  // Named next to the field, and in the error summary (which takes the focus) with a link to it.
  await expect(page.getByLabel('E-Mail-Adresse')).toHaveAccessibleDescription('Bitte geben Sie Ihre E-Mail-Adresse ein.');
  await expect(page.getByLabel('E-Mail-Adresse')).toHaveAttribute('aria-invalid', 'true');
  const summary = page.getByRole('alert').filter({ hasText: 'Die Anmeldung ist fehlgeschlagen.' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'E-Mail-Adresse: Bitte geben Sie Ihre E-Mail-Adresse ein.' })).toHaveAttribute('href', '#email');
  await expectAccessible(page);
});

test('after five failures the account waits, and says so in German', async ({ page }) => {
  const email = `gesperrt-${Date.now()}@demo.example`;
  for (let attempt = 0; attempt < 5; attempt++) {
    await signIn(page, email, 'falsch');
    await expect(page.getByTestId('form-error')).toHaveText('E-Mail-Adresse oder Passwort ist falsch.');
  }
  await signIn(page, email, 'falsch');
  await expect(page.getByTestId('form-error')).toHaveText(
    /^Zu viele fehlgeschlagene Anmeldeversuche\. Bitte warten Sie (\d+ Minuten|eine Minute) und versuchen Sie es dann erneut\.$/,
  );
});

test('after sign-in the visitor returns to the page they asked for', async ({ page }) => {
  await page.goto('/projects');
  await expect(page).toHaveURL('/login?callbackUrl=/projects');
  await page.getByLabel('E-Mail-Adresse').fill(DEMO.APPLICANT.email);
  await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page).toHaveURL('/projects');
});

test('with a session that is no longer valid, the page asks for sign-in in place and shows itself after it', async ({ page, context }) => {
  // A session cookie the server cannot read (expired, or signed with an old secret).
  await context.addCookies([{ name: 'next-auth.session-token', value: 'abgelaufen', url: E2E.baseUrl }]);
  const response = await page.goto('/projects?sort=title&dir=desc');
  expect(response?.status()).toBe(401);
  await expect(page.getByRole('heading', { level: 1, name: 'Bitte melden Sie sich an' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('E-Mail-Adresse').fill(DEMO.APPLICANT.email);
  await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Projekte' })).toBeVisible();
  await expect(page).toHaveURL('/projects?sort=title&dir=desc');
  await expect(page.getByTestId('current-user')).toHaveText(`Angemeldet als ${DEMO.APPLICANT.name}`);
});

test('a visitor at another host name of the portal is sent to NEXTAUTH_URL before the sign-in form, and stays signed in', async ({ page }) => {
  // The e2e portal runs with NEXTAUTH_URL=http://localhost:<port>; 127.0.0.1 reaches the same server.
  const canonical = new URL(E2E.baseUrl);
  const other = `http://127.0.0.1:${canonical.port}`;
  await page.goto(`${other}/login?callbackUrl=%2Forganisation`);
  await expect(page).toHaveURL(`${canonical.origin}/login?callbackUrl=%2Forganisation`);
  await page.getByLabel('E-Mail-Adresse').fill(DEMO.APPLICANT.email);
  await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page).toHaveURL(`${canonical.origin}/organisation`);
  await expect(page.getByTestId('current-user')).toHaveText(`Angemeldet als ${DEMO.APPLICANT.name}`);
  // Every redirect of a signed-in user stays where the browser is.
  await page.goto('/home');
  await expect(page).toHaveURL(`${canonical.origin}/projects`);
});
