import { DEMO, DEMO_PASSWORD, signIn, test, expect, expectAccessible } from './support/fixtures';
import { createTestCompany, demoApplicant, seedProject } from './support/factories';
import { docxWithMacros, minimalPdf, pdfWithOpenAction } from '../support/evidence-files';

/** A draft project of the demo organisation with one company, whose card has a file form (the declaration of intent). */
async function projectWithCompany() {
  const { id } = await seedProject({ description: 'Prüfungen beim Hochladen', plannedParticipants: 8, region: 'statewide' });
  await createTestCompany({ actor: await demoApplicant(), projectId: id, input: { name: 'Prüf GmbH', contact: 'Halle', hasDeclarationOfIntent: false } });
  return id;
}

async function screenshots(page: import('@playwright/test').Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: test.info().outputPath(`${name}-1280.png`), fullPage: true });
  await page.setViewportSize({ width: 320, height: 900 });
  await page.screenshot({ path: test.info().outputPath(`${name}-320.png`), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a Word document with macros and a PDF with JavaScript are refused, each with its message', async ({ page, signedInAs }) => {
  test.slow(); // two axe scans, screenshots at two widths
  await signedInAs('APPLICANT');
  const projectId = await projectWithCompany();
  await page.goto(`/projects/${projectId}`);
  const section = page.getByTestId('company-card').getByTestId('evidence-section');
  const fileInput = section.getByLabel('Datei', { exact: true });

  // A .docx that carries a VBA project under the plain content type.
  await fileInput.setInputFiles({ name: 'Absichtserklärung.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docxWithMacros({ renamed: true })) });
  await section.getByRole('button', { name: 'Hochladen' }).click();
  await expect(fileInput).toHaveAttribute('aria-invalid', 'true');
  await expect(section.getByText('Die Datei enthält Makros und wird deshalb nicht angenommen.', { exact: false }).first()).toBeVisible();
  await expect(section.getByTestId('evidence-item')).toHaveCount(0);
  await expectAccessible(page);

  await fileInput.setInputFiles({ name: 'Erklärung.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfWithOpenAction('<< /S /JavaScript /JS (app.alert\\(1\\)) >>')) });
  await section.getByRole('button', { name: 'Hochladen' }).click();
  await expect(section.getByText('Die PDF-Datei enthält JavaScript oder eine Startaktion (Launch)', { exact: false }).first()).toBeVisible();
  await expect(section.getByText('Die Datei enthält Makros')).toHaveCount(0);
  await expect(section.getByTestId('evidence-item')).toHaveCount(0);
  await expectAccessible(page);
  await screenshots(page, 'evidence-pdf-javascript');

  // A plain PDF still goes through.
  await fileInput.setInputFiles({ name: 'Erklärung.pdf', mimeType: 'application/pdf', buffer: Buffer.from(minimalPdf('Erklärung')) });
  await section.getByRole('button', { name: 'Hochladen' }).click();
  await expect(section.getByTestId('evidence-item')).toHaveCount(1);
});

test('the administrator sets the upload quota in the settings; beyond it the applicant is told the limit and the use', async ({ page, browser, signedInAs }) => {
  test.slow(); // two users, six uploads, axe scans and screenshots
  await signedInAs('ADMIN');
  await page.goto('/admin/settings');
  const files = page.getByLabel('Dateien je Projekt');
  await expect(page.getByRole('group', { name: 'Nachweise (Hochladen)' })).toBeVisible();
  await expect(files).toHaveValue('100');
  await expect(page.getByLabel('Speicherplatz je Projekt (MB)')).toHaveValue('200');
  // A wrong number is named next to the field.
  await files.fill('0');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(files).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Bitte geben Sie eine Zahl von 1 bis 100.000 an.').first()).toBeVisible();
  await expectAccessible(page);

  // Six files per project: more than any other test puts into one project, which run alongside.
  const applicantContext = await browser.newContext();
  try {
    await files.fill('6');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByRole('status')).toHaveText('Die Einstellungen wurden gespeichert.');
    await screenshots(page, 'settings-quota');

    const applicant = await applicantContext.newPage();
    await signIn(applicant, DEMO.APPLICANT.email, DEMO_PASSWORD);
    await applicant.waitForURL(`**${DEMO.APPLICANT.home}`);
    const projectId = await projectWithCompany();
    for (const number of [1, 2, 3, 4, 5, 6]) {
      const response = await applicant.request.post(`/api/projects/${projectId}/evidence`, {
        multipart: { kind: 'FILE', standardKey: 'std-01', title: `Nachweis ${number}`, file: { name: `nachweis-${number}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(minimalPdf(`Nr. ${number}`)) } },
      });
      expect(response.status()).toBe(201);
    }
    await applicant.goto(`/projects/${projectId}`);
    const section = applicant.getByTestId('company-card').getByTestId('evidence-section');
    await section.getByLabel('Datei', { exact: true }).setInputFiles({ name: 'Absichtserklärung.pdf', mimeType: 'application/pdf', buffer: Buffer.from(minimalPdf('Erklärung')) });
    await section.getByRole('button', { name: 'Hochladen' }).click();
    await expect(section.getByText(/Der Speicherplatz für Nachweise dieses Projekts reicht nicht\. Grenze: 6 Dateien und 200 MB \(alle Versionen zusammen\)\. Belegt: 6 Dateien mit 0,\d MB\. Diese Datei: 0,1 MB\./).first()).toBeVisible();
    await expect(section.getByTestId('evidence-item')).toHaveCount(0);
    await expectAccessible(applicant);
    await screenshots(applicant, 'evidence-quota');
  } finally {
    await applicantContext.close();
    await files.fill('100');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByRole('status')).toHaveText('Die Einstellungen wurden gespeichert.');
  }
});
