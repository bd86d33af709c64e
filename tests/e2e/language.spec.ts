import { test, expect, expectAccessible } from './support/fixtures';
import { seedProject } from './support/factories';

test('the language switch changes the shell and is remembered', async ({ page, context }) => {
  await page.goto('/standards');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Anmelden' })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL('/standards');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Legal notice' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Standards' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Phase I: Outreach and information' })).toBeVisible();
  expect((await context.cookies()).find((cookie) => cookie.name === 'NEXT_LOCALE')?.value).toBe('en');
  await expectAccessible(page);

  await page.goto('/login?callbackUrl=%2Forganisation');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByLabel('E-mail address')).toBeVisible();

  // Back to the same page, query included.
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
  await expect(page).toHaveURL('/login?callbackUrl=%2Forganisation');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('in English the catalogue shows the translated standards with lang="en" and says the German wording is binding', async ({ page }) => {
  await page.goto('/standards');
  const standard1 = page.locator('article#std-01');
  await expect(standard1.locator('[lang="de"]').first()).toContainText('Bestehende Förderinstrumente und Unterstützungsangebote');
  await expect(page.getByTestId('translation-notice')).toHaveCount(0);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('translation-notice')).toHaveText(
    'The English texts of the standards are a translation for your information. Only the German wording is binding.',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Annex 1: Overview of standards for projects that aim to recruit skilled workers from abroad',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');

  const text = standard1.locator('div[lang]').first();
  await expect(text).toHaveAttribute('lang', 'en');
  await expect(text).toHaveText(
    'Existing funding instruments and support services for recruiting foreign skilled workers/ apprentices, for example those of the federal government, are used.',
  );
  await expect(standard1.locator('dd').first()).toHaveAttribute('lang', 'en');
  await expect(page.locator('article#std-06')).toContainText('Deutscher Gewerkschaftsbund (German Trade Union Confederation) Sachsen-Anhalt');
  // Lists stay lists: standard 19's further information has four items, in English.
  const information19 = page.locator('article#std-19 dd').nth(1);
  await expect(information19).toHaveAttribute('lang', 'en');
  await expect(information19.getByRole('listitem')).toHaveCount(4);
  await expect(information19.getByRole('listitem').first()).toHaveText('drawing up an induction plan,');
  await expect(page.locator('article#std-04')).toContainText('None given.');
  // No German is left in the standards' texts.
  await expect(page.locator('article [lang="de"]')).toHaveCount(0);
  await expectAccessible(page);
});

test('in English the self-assessment shows the translated standards with lang="en"', async ({ page, signedInAs }) => {
  // A phase page of the self-assessment carries 8 standards with their forms: axe needs a while on it.
  test.setTimeout(120_000);
  const project = await seedProject();
  await signedInAs('APPLICANT');
  await page.goto(`/projects/${project.id}/assessment/phase-2`);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Self-assessment: ${project.title}`);
  await expect(page.getByTestId('translation-notice')).toBeVisible();

  const standard18 = page.locator('section#std-18');
  const text = standard18.locator('div[lang]').first();
  await expect(text).toHaveAttribute('lang', 'en');
  await expect(text).toContainText('have a contact person ("Kümmerer") in the company');
  await standard18.getByText('Objective(s) and further information').click();
  await expect(standard18.locator('dd').first()).toHaveAttribute('lang', 'en');
  await expect(standard18.locator('dd').first()).toContainText('culture of "making people welcome"');
  await expect(page.locator('section[id^="std-"] [lang="de"]')).toHaveCount(0);
  await expectAccessible(page);
});
