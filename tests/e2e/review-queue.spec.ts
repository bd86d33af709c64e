import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { actorFor, createSubmittedRevision, demoApplicant, seedProject } from './support/factories';
import { DEMO, FOUR_EYES_LOCK, test, expect, expectAccessible, withDatabase, withSuiteLock } from './support/fixtures';
import { takeAssessment } from '@/lib/review/take-assessment';

/** The queue's rows: the project title of each (the link in the row header, above „Fassung n“). */
const rowTitles = (page: Page) => page.getByRole('region', { name: /Eingereichte Selbstbewertungen/ }).getByRole('rowheader').getByRole('link');

test('an officer finds a submission in the queue, filters, sorts and pages through it', async ({ page, signedInAs }) => {
  test.setTimeout(240_000);
  // 51 submitted self-assessments under one unique word: two pages of 50.
  const word = `Prüfliste${randomUUID().slice(0, 6)}`;
  const applicant = await demoApplicant();
  const ids: string[] = [];
  // One after another: the factories share the test process's small connection pool.
  for (let n = 1; n <= 51; n++) {
    const project = await seedProject({ title: `${word} ${String(n).padStart(2, '0')}`, region: n === 7 ? 'harz' : 'magdeburg' });
    await createSubmittedRevision({ actor: applicant, projectId: project.id });
    ids.push(project.id);
  }
  // Number 07 is taken by the demo officer: IN_REVIEW, assigned to „Paul Prüfung“.
  const officer = await actorFor(DEMO.OFFICER.email);
  const taken = await withDatabase(async (client) => (await client.query<{ id: string }>(`SELECT id FROM "Assessment" WHERE "projectId" = $1`, [ids[6]])).rows[0]!.id);
  await takeAssessment({ assessmentId: taken, actor: officer });

  await signedInAs('OFFICER');
  await expect(page.getByRole('heading', { level: 1, name: 'Prüfliste' })).toBeVisible();
  await expectAccessible(page);

  // Free text: the GET form puts the filter into the URL.
  await page.getByLabel('Suche').fill(word.toLowerCase());
  await page.getByRole('button', { name: 'Filter anwenden' }).click();
  await page.waitForURL(/q=/);
  await expect(page.getByText('Eingereichte Selbstbewertungen (51 Selbstbewertungen)')).toBeVisible();
  await expect(page.getByText('Seite 1 von 2')).toBeVisible();
  await expect(rowTitles(page)).toHaveCount(50);
  // Default order: oldest submission first.
  await expect(rowTitles(page).first()).toHaveText(`${word} 01`);
  await expect(page.getByRole('link', { name: `${word} 01` })).toHaveAttribute('href', /^\/review\/[^/]+$/);
  await expect(page.getByRole('columnheader', { name: /Eingereicht am/ })).toHaveAttribute('aria-sort', 'ascending');

  // Sort by project, descending: the header link turns the order around.
  await page.getByRole('columnheader', { name: /^Projekt/ }).getByRole('link').click();
  await page.waitForURL(/sort=project/);
  await expect(page.getByRole('columnheader', { name: /^Projekt/ })).toHaveAttribute('aria-sort', 'ascending');
  await page.getByRole('columnheader', { name: /^Projekt/ }).getByRole('link').click();
  await page.waitForURL(/dir=desc/);
  await expect(page.getByRole('columnheader', { name: /^Projekt/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(rowTitles(page).first()).toHaveText(`${word} 51`);

  // Page 2 keeps filter and order.
  await page.getByRole('link', { name: 'Nächste Seite' }).click();
  await page.waitForURL(/page=2/);
  expect(page.url()).toMatch(/q=/);
  await expect(page.getByText('Seite 2 von 2')).toBeVisible();
  await expect(rowTitles(page)).toHaveText([`${word} 01`]);
  await expectAccessible(page);

  // „Mir zugewiesen“ and the status: the one taken.
  await page.getByLabel('Zuständigkeit').selectOption({ label: 'Mir zugewiesen' });
  await page.getByRole('checkbox', { name: 'In Prüfung' }).check();
  await page.getByRole('button', { name: 'Filter anwenden' }).click();
  await page.waitForURL(/assigned=me/);
  await expect(rowTitles(page)).toHaveText([`${word} 07`]);
  const row = page.getByRole('row', { name: new RegExp(`${word} 07`) });
  await expect(row.getByRole('rowheader')).toContainText('Fassung 1');
  await expect(row.getByRole('cell', { name: 'In Prüfung' })).toBeVisible();
  await expect(row.getByRole('cell', { name: DEMO.OFFICER.name })).toBeVisible();
  await expect(row.getByRole('listitem').filter({ hasText: 'Nicht erfüllt' })).toHaveText('0 Nicht erfüllt');
  // The filter form shows what the URL holds; a reload keeps it.
  await page.reload();
  await expect(page.getByLabel('Zuständigkeit')).toHaveValue('me');
  await expect(page.getByRole('checkbox', { name: 'In Prüfung' })).toBeChecked();

  // Region and „Nicht zugewiesen“: the rest of the Magdeburg ones.
  await page.getByRole('link', { name: 'Filter zurücksetzen' }).click();
  await page.waitForURL(/\/review$/);
  await page.getByLabel('Suche').fill(word);
  await page.getByLabel('Region').selectOption({ label: 'Harz' });
  await page.getByRole('button', { name: 'Filter anwenden' }).click();
  await page.waitForURL(/region=harz/);
  await expect(rowTitles(page)).toHaveText([`${word} 07`]);

  // How it looks: wide and narrow (the table scrolls in its own region, the page never sideways).
  await page.goto(`/review?q=${encodeURIComponent(word)}`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: test.info().outputPath('review-queue-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 320, height: 900 });
  await page.screenshot({ path: test.info().outputPath('review-queue-320.png'), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test('an administrator switches the four-eyes rule on and off in the settings', async ({ page, signedInAs }) => {
  await signedInAs('ADMIN');
  // The setting is the portal's: no other test switches it on (or needs it off) meanwhile.
  await withSuiteLock(FOUR_EYES_LOCK, async () => {
    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
    await expectAccessible(page);
    const fourEyes = page.getByRole('checkbox', { name: 'Vier-Augen-Prinzip' });
    await expect(fourEyes).not.toBeChecked();

    // A wrong number: the message next to the field and in the summary, nothing saved.
    const days = page.getByLabel('Hervorhebung in der Prüfliste nach (Tagen)');
    await days.fill('0');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Die Einstellungen konnten nicht gespeichert werden' })).toContainText(
      'Bitte geben Sie eine Zahl von 1 bis 60 ein.',
    );
    await expect(days).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);

    try {
      await days.fill('5');
      await fourEyes.check();
      await page.getByRole('button', { name: 'Speichern' }).click();
      await expect(page.getByRole('status')).toHaveText('Die Einstellungen wurden gespeichert.');
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.screenshot({ path: test.info().outputPath('settings-1280.png'), fullPage: true });
      await page.setViewportSize({ width: 320, height: 800 });
      await page.screenshot({ path: test.info().outputPath('settings-320.png'), fullPage: true });
      await page.reload();
      await expect(fourEyes).toBeChecked();
    } finally {
      // Off again (the default), for every other test on this database.
      await fourEyes.uncheck();
      await page.getByRole('button', { name: 'Speichern' }).click();
      await expect(page.getByRole('status')).toHaveText('Die Einstellungen wurden gespeichert.');
    }
    await page.reload();
    await expect(fourEyes).not.toBeChecked();
  });
});
