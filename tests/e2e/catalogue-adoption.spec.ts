import { expect, expectAccessible, test } from './support/fixtures';
import { completeDraft, demoActors, demoApplicant, publishChangedCatalogue, seedProject } from './support/factories';

test('an applicant with an open draft sees the new catalogue version, adopts it and confirms the changed standard', async ({ page, signedInAs }) => {
  const project = await seedProject();
  await completeDraft({ actor: await demoApplicant(), projectId: project.id });
  const { admin } = await demoActors();
  const { number } = await publishChangedCatalogue({ admin, changes: { 'std-07': { text: 'Neu gefasster Text des Standards 7 für die Prüfung im Browser.' } } });

  await signedInAs('APPLICANT');
  await page.goto(`/projects/${project.id}/assessment`);
  const notice = page.getByRole('region', { name: 'Eine neue Fassung des Standardkatalogs ist veröffentlicht' });
  await expect(notice).toContainText(`Ihre Selbstbewertung verwendet Katalogversion 1. Seit`);
  await expect(notice).toContainText(`gilt Katalogversion ${number}.`);
  await expect(notice).toContainText('Geändert (1 Standard):');
  await expect(notice).toContainText('Standard 7');
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('adoption-notice-1280.png'), fullPage: true });

  await notice.getByRole('button', { name: 'Übernehmen' }).click();
  const dialog = page.getByRole('dialog', { name: `Katalogversion ${number} übernehmen?` });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Ja, übernehmen' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByText(`Katalogversion ${number}`, { exact: false }).first()).toBeVisible();

  await page.goto(`/projects/${project.id}/assessment/phase-1`);
  const standard7 = page.getByRole('region', { name: 'Standard 7' });
  await expect(standard7).toContainText('Neu gefasster Text des Standards 7 für die Prüfung im Browser.');
  await expect(standard7.getByTestId('text-changed')).toContainText('Text geändert – bitte prüfen');
  await expect(standard7.getByTestId('completeness-std-07')).toHaveText('Unvollständig');
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 900 });
  await standard7.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('text-changed-320.png') });
  await page.setViewportSize({ width: 1280, height: 900 });

  await standard7.getByRole('button', { name: 'Antwort bestätigen' }).click();
  await expect(standard7.getByTestId('text-changed')).toHaveCount(0);
  await expect(standard7.getByTestId('completeness-std-07')).toHaveText('Vollständig');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Standard 7' }).getByTestId('text-changed')).toHaveCount(0);
});
