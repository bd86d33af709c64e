import { randomUUID } from 'node:crypto';
import { test, expect, expectAccessible, signIn } from './support/fixtures';
import { createTestCompany, demoApplicant, seedProject } from './support/factories';
import { htmlPage, minimalPdf, pdfOfSize } from '../support/evidence-files';
import { E2E } from './support/e2e-env';

/** A draft project of the demo organisation (revision 1 on the published catalogue), optionally with one company. */
async function arrangeProject({ company }: { company?: string } = {}) {
  const { id } = await seedProject({
    title: `Nachweis-Projekt ${randomUUID().slice(0, 6)}`,
    description: 'Nachweise im Test',
    plannedParticipants: 8,
    region: 'statewide',
  });
  if (company) {
    await createTestCompany({
      actor: await demoApplicant(),
      projectId: id,
      input: { name: company, contact: 'Magdeburg', hasDeclarationOfIntent: false },
    });
  }
  return id;
}

test('the applicant uploads evidence, downloads the same bytes, and a second upload becomes version 2', async ({ page, signedInAs, browser, playwright }) => {
  await signedInAs('APPLICANT');
  const projectId = await arrangeProject();
  const pdf = Buffer.from(minimalPdf('Konzept'));

  const upload = await page.request.post(`/api/projects/${projectId}/evidence`, {
    multipart: { kind: 'FILE', standardKey: 'std-01', title: 'Konzept', file: { name: 'Konzept für Pflege.pdf', mimeType: 'application/pdf', buffer: pdf } },
  });
  expect(upload.status()).toBe(201);
  const { data: item } = await upload.json();
  expect(item.latest).toMatchObject({ number: 1, fileName: 'Konzept für Pflege.pdf', mediaType: 'application/pdf', size: pdf.length });

  const download = await page.request.get(`/api/evidence/versions/${item.latest.id}`);
  expect(download.status()).toBe(200);
  expect(Buffer.compare(await download.body(), pdf)).toBe(0);
  const headers = download.headers();
  expect(headers['content-type']).toBe('application/pdf');
  expect(headers['content-disposition']).toBe(`attachment; filename="Konzept fur Pflege.pdf"; filename*=UTF-8''Konzept%20f%C3%BCr%20Pflege.pdf`);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cache-control']).toBe('private, no-store');

  const second = Buffer.from(minimalPdf('Konzept, überarbeitet'));
  const next = await page.request.post(`/api/projects/${projectId}/evidence`, {
    multipart: { kind: 'FILE', evidenceId: item.id, file: { name: 'konzept-2.pdf', mimeType: 'application/pdf', buffer: second } },
  });
  expect(next.status()).toBe(201);
  const versions = (await next.json()).data.versions.map((version: { number: number }) => version.number);
  expect(versions).toEqual([2, 1]);
  // Version 1 is still the first file, byte for byte.
  expect(Buffer.compare(await (await page.request.get(`/api/evidence/versions/${item.latest.id}`)).body(), pdf)).toBe(0);

  // HTML dressed up as a PDF is refused by its bytes.
  const disguised = await page.request.post(`/api/projects/${projectId}/evidence`, {
    multipart: { kind: 'FILE', standardKey: 'std-01', title: 'Getarnt', file: { name: 'rechnung.pdf', mimeType: 'application/pdf', buffer: Buffer.from(htmlPage()) } },
  });
  expect(disguised.status()).toBe(415);
  expect(await disguised.json()).toMatchObject({ ok: false, formError: 'fileTypeNotAllowed' });

  // Exactly 10 MB passes through the real server; one byte more is refused with 413.
  const tenMb = 10 * 1024 * 1024;
  const exact = await page.request.post(`/api/projects/${projectId}/evidence`, {
    multipart: { kind: 'FILE', standardKey: 'std-02', title: 'Groß', file: { name: 'gross.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfOfSize(tenMb)) } },
  });
  expect(exact.status()).toBe(201);
  const tooLarge = await page.request.post(`/api/projects/${projectId}/evidence`, {
    multipart: { kind: 'FILE', standardKey: 'std-02', title: 'Zu groß', file: { name: 'zu-gross.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdfOfSize(tenMb + 1)) } },
  });
  expect(tooLarge.status()).toBe(413);
  expect(await tooLarge.json()).toMatchObject({ ok: false, formError: 'fileTooLarge' });

  // Without a session: 401 for upload and download, no redirect.
  const anonymous = await playwright.request.newContext({ baseURL: E2E.baseUrl });
  const anonymousUpload = await anonymous.post(`/api/projects/${projectId}/evidence`, {
    multipart: { kind: 'FILE', standardKey: 'std-01', title: 'X', file: { name: 'x.pdf', mimeType: 'application/pdf', buffer: pdf } },
    maxRedirects: 0,
  });
  expect(anonymousUpload.status()).toBe(401);
  expect((await anonymous.get(`/api/evidence/versions/${item.latest.id}`, { maxRedirects: 0 })).status()).toBe(401);
  await anonymous.dispose();

  // The officer sees nothing of a draft project: 404, as for an unknown id.
  const officerContext = await browser.newContext();
  const officerPage = await officerContext.newPage();
  await signIn(officerPage, 'pruefung@demo.example', 'Demo!Passwort2026');
  await officerPage.waitForURL('**/review');
  expect((await officerPage.request.get(`/api/evidence/versions/${item.latest.id}`)).status()).toBe(404);
  expect((await officerPage.request.get(`/api/evidence/versions/does-not-exist`)).status()).toBe(404);
  const officerUpload = await officerPage.request.post(`/api/projects/${projectId}/evidence`, {
    multipart: { kind: 'LINK', standardKey: 'std-01', title: 'X', url: 'https://example.org' },
  });
  expect(officerUpload.status()).toBe(403);
  await officerContext.close();
});

test('a declaration of intent is uploaded through the company card, with a new version and an accessible page', async ({ page, signedInAs }) => {
  await signedInAs('APPLICANT');
  const projectId = await arrangeProject({ company: 'Muster Pflege GmbH' });
  await page.goto(`/projects/${projectId}`);
  const card = page.getByTestId('company-card');
  const section = card.getByTestId('evidence-section');
  await expect(section.getByRole('heading', { name: 'Absichtserklärung' })).toBeVisible();
  await expect(section.getByText('Noch keine Absichtserklärung hochgeladen.')).toBeVisible();
  await expect(section.getByLabel('Titel des Nachweises')).toHaveValue('Absichtserklärung');

  // A refused type: the message stands next to the field, nothing is listed.
  await section.getByLabel('Datei', { exact: true }).setInputFiles({ name: 'erklaerung.pdf', mimeType: 'application/pdf', buffer: Buffer.from(htmlPage()) });
  await section.getByRole('button', { name: 'Hochladen' }).click();
  const fileInput = section.getByLabel('Datei', { exact: true });
  await expect(fileInput).toHaveAttribute('aria-invalid', 'true');
  await expect(section.getByText(/Dieser Dateityp ist nicht erlaubt\. Erlaubt sind: PDF, PNG/).first()).toBeVisible();
  await expect(section.getByTestId('evidence-item')).toHaveCount(0);
  await expectAccessible(page);

  await fileInput.setInputFiles({ name: 'Absichtserklärung Muster.pdf', mimeType: 'application/pdf', buffer: Buffer.from(minimalPdf('Erklärung')) });
  await section.getByRole('button', { name: 'Hochladen' }).click();
  await expect(section.getByTestId('evidence-upload-status').first()).toHaveText('Hochgeladen: Absichtserklärung (Version 1)');
  const item = section.getByTestId('evidence-item');
  await expect(item).toHaveCount(1);
  await expect(item.getByText('Absichtserklärung Muster.pdf')).toBeVisible();
  await expect(item.getByRole('link', { name: 'Absichtserklärung, Version 1 herunterladen' })).toHaveAttribute('href', /\/api\/evidence\/versions\//);

  await item.getByRole('button', { name: /Neue Version hochladen/ }).click();
  await item.getByLabel('Datei', { exact: true }).setInputFiles({ name: 'Absichtserklärung 2.pdf', mimeType: 'application/pdf', buffer: Buffer.from(minimalPdf('Zwei')) });
  await item.getByRole('button', { name: 'Hochladen' }).click();
  await expect(item.getByText('Version 2')).toBeVisible();
  await expect(item.getByText('Frühere Versionen (1)')).toBeVisible();
  await expectAccessible(page);

  // After a reload the server lists the same.
  await page.reload();
  await expect(page.getByTestId('evidence-item').getByText('Absichtserklärung 2.pdf')).toBeVisible();
});
