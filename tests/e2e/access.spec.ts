import { test, expect, expectAccessible, signIn, DEMO, type DemoRole } from './support/fixtures';
import { PASSWORD, createTestUser, disableTestUser } from './support/factories';

const HOMES = { APPLICANT: '/projects', OFFICER: '/review', ADMIN: '/admin' } as const;

test('anonymous visitors are sent to sign-in from every role home', async ({ page }) => {
  for (const home of Object.values(HOMES)) {
    await page.goto(home);
    await expect(page).toHaveURL(`/login?callbackUrl=${home}`);
  }
});

for (const role of Object.keys(DEMO) as DemoRole[]) {
  test(`the ${role} gets 403 on the other roles' homes`, async ({ page, signedInAs }) => {
    await signedInAs(role);
    for (const [otherRole, home] of Object.entries(HOMES)) {
      if (otherRole === role) continue;
      const response = await page.goto(home);
      expect(response?.status(), `${role} → ${home}`).toBe(403);
      await expect(page.getByRole('heading', { level: 1, name: 'Kein Zugriff' })).toBeVisible();
    }
    await expectAccessible(page);
    const own = await page.goto(HOMES[role]);
    expect(own?.status()).toBe(200);
  });
}

test('a user disabled after sign-in is signed out at the next request', async ({ page }) => {
  const user = await createTestUser({ role: 'OFFICER', email: `sperre-${Date.now()}@demo.example`, name: 'Olga Sperre' });
  await signIn(page, user.email, PASSWORD);
  await page.waitForURL('**/review');

  await disableTestUser({ userId: user.id });
  // The page answers 401 with the sign-in form in its place; the URL stays.
  const response = await page.reload();
  expect(response?.status()).toBe(401);
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Bitte melden Sie sich an' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Anmelden' })).toBeVisible();
  await expectAccessible(page);

  // And signing in again is refused, with a message that says why.
  await signIn(page, user.email, PASSWORD);
  await expect(page.getByTestId('form-error')).toHaveText('Ihr Konto ist gesperrt. Bitte wenden Sie sich an die Administration.');
});
