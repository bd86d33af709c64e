import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Download, Page } from '@playwright/test';
import { createSubmittedRevision, demoApplicant, seedProject } from './support/factories';
import { test, expect, expectAccessible } from './support/fixtures';

/** „Exportieren“ (ADR 028): the downloads from the review queue, the applicant's overview and /admin/exports. */

async function download(page: Page, click: () => Promise<void>): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { file, bytes: await readFile((await file.path())!) };
}

async function workbook(bytes: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(bytes).buffer);
  return book;
}

/** Screenshots for the look of a page (test output, not assertions). */
async function screenshots(page: Page, name: string) {
  const viewport = page.viewportSize()!;
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: viewport.height });
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(viewport);
}

test('an officer downloads the filtered queue as XLSX', async ({ page, signedInAs }) => {
  test.setTimeout(120_000);
  const word = `Export${randomUUID().slice(0, 6)}`;
  const applicant = await demoApplicant();
  for (const n of [1, 2]) {
    const project = await seedProject({ title: `${word} ${n}`, region: 'harz' });
    await createSubmittedRevision({ actor: applicant, projectId: project.id });
  }

  await signedInAs('OFFICER');
  await page.getByLabel('Suche').fill(word);
  await page.getByRole('button', { name: 'Filter anwenden' }).click();
  await page.waitForURL(/q=/);
  const exportSection = page.getByRole('region', { name: 'Exportieren' });
  await expect(exportSection.getByRole('link', { name: 'Excel-Datei (XLSX)' })).toHaveAttribute('href', new RegExp(`^/api/exports/assessments\\?.*q=${word}.*format=xlsx`));
  await expectAccessible(page);
  await screenshots(page, 'review-queue-export');

  const { file, bytes } = await download(page, () => exportSection.getByRole('link', { name: 'Excel-Datei (XLSX)' }).click());
  expect(file.suggestedFilename()).toMatch(/^selbstbewertungen-\d{8}-\d{4}\.xlsx$/);
  const book = await workbook(bytes);
  expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Übersicht', 'Angaben']);
  const overview = book.getWorksheet('Übersicht')!;
  expect(overview.getRow(1).getCell(1).value).toBe('Projekt');
  const titles: unknown[] = [];
  overview.eachRow((row, number) => number > 1 && titles.push(row.getCell(1).value));
  expect(titles.sort()).toEqual([`${word} 1`, `${word} 2`]);
  expect(book.getWorksheet('Angaben')!.rowCount).toBe(1 + 2 * 22);
});

test('an applicant downloads their self-assessment as XLSX from its overview', async ({ page, signedInAs }) => {
  const project = await seedProject({ title: `Eigenes Projekt ${randomUUID().slice(0, 6)}` });
  await signedInAs('APPLICANT');
  await page.goto(`/projects/${project.id}/assessment`);
  const link = page.getByRole('link', { name: 'Angaben als Excel-Datei (XLSX) herunterladen' });
  await expect(link).toBeVisible();
  await screenshots(page, 'assessment-export');
  const { file, bytes } = await download(page, () => link.click());
  expect(file.suggestedFilename()).toMatch(new RegExp(`^selbstbewertung-${project.id}-1-\\d{8}\\.xlsx$`));
  const book = await workbook(bytes);
  expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Selbstbewertung', 'Projektprofil']);
  expect(book.getWorksheet('Selbstbewertung')!.rowCount).toBe(1 + 22);
  expect(book.getWorksheet('Projektprofil')!.getRow(2).values).toEqual([undefined, 'Titel des Projekts', project.title]);
});

test('an administrator exports from /admin/exports with a filter', async ({ page, signedInAs }) => {
  test.setTimeout(120_000);
  const word = `Verwaltung${randomUUID().slice(0, 6)}`;
  const project = await seedProject({ title: `${word} Stendal`, region: 'stendal' });
  await createSubmittedRevision({ actor: await demoApplicant(), projectId: project.id });

  await signedInAs('ADMIN');
  await page.getByRole('link', { name: 'Exporte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Exporte' })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'admin-exports');

  await page.getByLabel('Suche').fill(word);
  await page.getByLabel('Region').selectOption('stendal');
  const { file, bytes } = await download(page, () => page.getByRole('button', { name: 'CSV: Übersicht' }).click());
  expect(file.suggestedFilename()).toMatch(/^selbstbewertungen-\d{8}-\d{4}\.csv$/);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]!.split(';').slice(0, 3)).toEqual(['Projekt', 'Organisation', 'Region']);
  expect(lines.slice(1).filter(Boolean).map((line) => line.split(';').slice(0, 3))).toEqual([[`${word} Stendal`, 'Demo-Projektträger e. V.', 'Stendal']]);
  // The page stays where it was.
  await expect(page.getByRole('heading', { level: 1, name: 'Exporte' })).toBeVisible();
});
