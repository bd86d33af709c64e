import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { submitAssessment } from '@/lib/assessments/submit-assessment';
import { completeDraft, createSubmittedRevision, demoApplicant, seedProject } from './support/factories';
import { test, expect, expectAccessible } from './support/fixtures';

/**
 * Two submitted self-assessments of the demo applicant in a region (one per test) and target
 * group no other spec uses, so the selection shows exactly them: one answering every standard
 * „Nicht erfüllt“, one „Erfüllt“.
 */
async function arrange(region: 'jerichower-land' | 'wittenberg') {
  const word = `Übersicht ${randomUUID().slice(0, 6)}`;
  const applicant = await demoApplicant();
  const input = { region, targetGroup: 'APPRENTICES' as const };
  const failing = await seedProject({ title: `${word} A`, ...input });
  await completeDraft({
    actor: applicant,
    projectId: failing.id,
    answer: { status: 'NOT_FULFILLED', implementation: 'Noch nicht begonnen.', plannedMeasures: 'Sprachkurs', targetDate: '2027-06-30', partners: '' },
  });
  await submitAssessment({ projectId: failing.id, actor: applicant });
  const passing = await seedProject({ title: `${word} B`, ...input });
  await createSubmittedRevision({ actor: applicant, projectId: passing.id });
  return { word, selection: `/review/dashboard?status=SUBMITTED&region=${region}&group=APPRENTICES` };
}

const heatmap = (page: Page) => page.getByRole('region', { name: /Standards und Projekte/ });

/** At 320 px wide: the page never scrolls sideways; the heatmap scrolls in its own region. */
async function expectNoSidewaysScroll(page: Page) {
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(await heatmap(page).evaluate((region) => region.scrollWidth > region.clientWidth)).toBe(true);
  if (process.env.DASHBOARD_SCREENSHOTS) await page.screenshot({ path: `${process.env.DASHBOARD_SCREENSHOTS}/dashboard-320.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('an officer reads the figures and opens a standard from the heatmap', async ({ page, signedInAs }) => {
  test.setTimeout(180_000);
  const { word } = await arrange('jerichower-land');
  await signedInAs('OFFICER');
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await nav.getByRole('link', { name: 'Übersicht' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Übersicht' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Prüfung' })).not.toHaveAttribute('aria-current', 'page');

  // The selection through the form lands in the URL.
  await page.getByLabel('Status der Selbstbewertung').selectOption({ label: 'Eingereicht' });
  await page.getByLabel('Region').selectOption({ label: 'Jerichower Land' });
  await page.getByLabel('Zielgruppe').selectOption({ label: 'Auszubildende' });
  await page.getByRole('button', { name: 'Auswahl anwenden' }).click();
  await page.waitForURL((url) => url.pathname === '/review/dashboard' && url.searchParams.get('region') === 'jerichower-land');
  expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ status: 'SUBMITTED', region: 'jerichower-land', group: 'APPRENTICES' });
  // The form shows what the URL holds.
  await expect(page.getByLabel('Zielgruppe')).toHaveValue('APPRENTICES');
  await expect(page.getByLabel('Region')).toHaveValue('jerichower-land');

  await expect(page.getByTestId('figure-assessments').locator('dd')).toHaveText('2');
  await expect(page.getByTestId('figure-organisations').locator('dd')).toHaveText('1');
  await expect(page.getByTestId('figure-open').locator('dd')).toHaveText('0');
  // The charts: an image with title and description, and the same numbers as a table.
  await expect(page.getByRole('img', { name: 'Selbstbewertungen nach Status' })).toBeVisible();
  await page.getByText('Als Tabelle anzeigen').first().click();
  await expect(page.getByRole('table', { name: 'Selbstbewertungen nach Status' }).getByRole('row', { name: 'Eingereicht 2' })).toBeVisible();

  // The heatmap: both projects, the summary shares, every cell with its word.
  const region = heatmap(page);
  await expect(region).toHaveAttribute('tabindex', '0');
  await expect(region.getByRole('columnheader', { name: `${word} A` })).toBeVisible();
  await expect(region.getByRole('columnheader', { name: `${word} B` })).toBeVisible();
  const row = region.getByRole('row', { name: /^Standard 7\b/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText('50 %');
  await expect(row.getByRole('cell').nth(1)).toHaveText('0 %');
  await expect(row.getByRole('link', { name: 'Nicht erfüllt', exact: true })).toHaveCount(1);
  await expect(row.getByRole('link', { name: 'Erfüllt', exact: true })).toHaveCount(1);
  if (process.env.DASHBOARD_SCREENSHOTS) await page.screenshot({ path: `${process.env.DASHBOARD_SCREENSHOTS}/dashboard-1280.png`, fullPage: true });
  await expectAccessible(page);
  await expectNoSidewaysScroll(page);

  // A cell opens that standard of the latest submitted revision on the review page.
  await row.getByRole('link', { name: 'Nicht erfüllt', exact: true }).click();
  await page.waitForURL(/\/review\/[^/]+\/(general|phase-1|phase-2)#std-07$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${word} A`);
  await expect(page.locator('#std-07')).toBeInViewport();
  await expect(page.locator('#std-07')).toContainText('Nicht erfüllt');
});

test('an administrator reaches the dashboard from /admin, without links into the review', async ({ page, signedInAs }) => {
  test.setTimeout(180_000);
  const { word, selection } = await arrange('wittenberg');
  await signedInAs('ADMIN');
  await page.getByRole('link', { name: 'Übersicht' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  await page.goto(`${selection}&columns=organisations`);
  await expect(page.getByRole('heading', { level: 2, name: 'Standards je Organisation' })).toBeVisible();
  await page.goto(selection);
  const region = heatmap(page);
  await expect(region.getByRole('columnheader', { name: `${word} A` })).toBeVisible();
  // The cells carry their words, but no links: administrators may not open review pages.
  const row = region.getByRole('row', { name: /^Standard 7\b/ });
  await expect(row.getByRole('cell', { name: 'Nicht erfüllt', exact: true })).toHaveCount(1);
  await expect(region.getByRole('link')).toHaveCount(0);
  await expectAccessible(page);
  await expectNoSidewaysScroll(page);
  // The queue stays closed to them.
  const response = await page.goto('/review');
  expect(response?.status()).toBe(403);
});
