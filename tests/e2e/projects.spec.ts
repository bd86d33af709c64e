import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from './support/fixtures';
import { createSubmittedRevision, demoApplicant, seedProject } from './support/factories';

const unique = () => randomUUID().slice(0, 8);

type ProjectInput = { title: string; start?: string; end?: string; countries?: string[] };

/** Fills the project form (German UI) and submits it; returns the new project's id. */
async function createProject(page: Page, { title, start = '2027-03-01', end = '2028-02-29', countries = ['Vietnam'] }: ProjectInput) {
  await page.goto('/projects/new');
  await page.getByLabel('Titel des Projekts').fill(title);
  await page.getByLabel('Kurzbeschreibung').fill('Anwerbung von Pflegefachkräften mit Sprachkurs und Begleitung.');
  await page.getByLabel('Beginn', { exact: true }).fill(start);
  await page.getByLabel('Ende', { exact: true }).fill(end);
  await page.getByRole('radio', { name: 'Fachkräfte', exact: true }).check();
  await page.getByLabel('Geplante Anzahl Personen').fill('12');
  for (const country of countries) {
    await page.getByLabel('Länder filtern').fill(country);
    await page.getByRole('checkbox', { name: new RegExp(`^${country}`) }).check();
  }
  await page.getByLabel('Länder filtern').fill('');
  await page.getByLabel('Berufe oder Branchen').fill('Pflege');
  await page.getByLabel('Region in Sachsen-Anhalt').selectOption({ label: 'Magdeburg' });
  await page.getByRole('button', { name: 'Projekt anlegen' }).click();
  await page.waitForURL(/\/projects\/(?!new)[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return page.url().split('/').pop()!;
}

test('an applicant creates a project with two countries and a company, sees it in the list, edits both', async ({ page, signedInAs }) => {
  // Seven axe scans of full pages: on a two-core machine under the parallel workers one takes up to 8 s.
  test.setTimeout(150_000);
  await signedInAs('APPLICANT');
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Projekte' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Neues Projekt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neues Projekt' })).toBeVisible();
  await expectAccessible(page);

  const title = `E2E Pflegeprojekt ${unique()}`;
  const id = await createProject(page, { title, countries: ['Vietnam', 'Polen'] });
  await expect(page.getByTestId('assessment-status')).toHaveText('Status der Selbstbewertung: Entwurf');
  await expect(page.getByText('Polen (EU/EWR)')).toBeVisible();
  await expect(page.getByText('Vietnam', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Selbstbewertung' })).toHaveAttribute('href', `/projects/${id}/assessment`);
  await expectAccessible(page);

  // A participating company.
  await page.getByRole('link', { name: 'Unternehmen hinzufügen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unternehmen hinzufügen' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Name des Unternehmens').fill('Muster Pflege GmbH');
  await page.getByLabel('Kontakt (Anschrift, Telefon oder E-Mail)').fill('Hauptstraße 5, 39104 Magdeburg');
  await page.getByLabel('Eine unterschriebene Absichtserklärung liegt vor').check();
  await page.getByLabel('Art der Eigenleistung').fill('Wohnraum');
  await page.getByLabel('Umfang oder Wert').fill('3 Wohnungen');
  await page.getByLabel('Name', { exact: true }).fill('Karla Kümmerer');
  await page.getByLabel('E-Mail-Adresse').fill('k.kuemmerer@pflege.example');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.waitForURL(`**/projects/${id}#companies`);
  const card = page.getByTestId('company-card').filter({ hasText: 'Muster Pflege GmbH' });
  await expect(card).toContainText('Liegt vor');
  await expect(card).toContainText('Wohnraum: 3 Wohnungen');
  await expect(card).toContainText('Karla Kümmerer');
  await expectAccessible(page);

  // In the list: draft, nothing complete yet.
  await page.goto('/projects');
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('Entwurf');
  await expect(row).toContainText('0 von 22');
  await expect(row.getByRole('progressbar', { name: 'Fortschritt der Selbstbewertung: 0 von 22 Standards vollständig' })).toBeVisible();
  await expect(row).toContainText('01.03.2027 bis 29.02.2028');

  // Edit the profile: the form starts with the stored values.
  await row.getByRole('link', { name: title }).click();
  await page.getByRole('link', { name: 'Bearbeiten', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projekt bearbeiten' })).toBeVisible();
  await expect(page.getByLabel('Titel des Projekts')).toHaveValue(title);
  await expect(page.getByText('2 Länder ausgewählt')).toBeVisible();
  await expectAccessible(page);
  const renamed = `${title} (geändert)`;
  await page.getByLabel('Titel des Projekts').fill(renamed);
  await page.getByRole('button', { name: 'Polen entfernen' }).click();
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
  await expect(page.getByText('Polen (EU/EWR)')).toHaveCount(0);

  // Edit and remove the company.
  await page.getByRole('link', { name: 'Bearbeiten: Muster Pflege GmbH' }).click();
  await expect(page.getByLabel('Name des Unternehmens')).toHaveValue('Muster Pflege GmbH');
  await expectAccessible(page);
  await page.getByLabel('Name des Unternehmens').fill('Muster Pflege und Wohnen GmbH');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Muster Pflege und Wohnen GmbH' })).toBeVisible();
  await page.getByRole('button', { name: 'Entfernen: Muster Pflege und Wohnen GmbH' }).click();
  await expect(page.getByText('Soll „Muster Pflege und Wohnen GmbH“ wirklich aus dem Projekt entfernt werden?')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Ja, entfernen' }).click();
  await expect(page.getByText('Noch kein beteiligtes Unternehmen angegeben.')).toBeVisible();
});

test('bad input shows the messages next to the fields and keeps what was typed', async ({ page, signedInAs }) => {
  await signedInAs('APPLICANT');
  await page.goto('/projects/new');
  const title = `E2E Fehlerprojekt ${unique()}`;
  await page.getByLabel('Titel des Projekts').fill(title);
  await page.getByLabel('Beginn', { exact: true }).fill('2028-05-01');
  await page.getByLabel('Ende', { exact: true }).fill('2027-05-01');
  await page.getByLabel('Geplante Anzahl Personen').fill('0');
  await page.getByRole('button', { name: 'Projekt anlegen' }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben.' })).toBeVisible();
  const field = (label: string) => page.getByLabel(label, { exact: true });
  await expect(field('Ende')).toHaveAttribute('aria-invalid', 'true');
  await expect(field('Ende')).toHaveAccessibleDescription('Das Ende darf nicht vor dem Beginn liegen.');
  await expect(field('Geplante Anzahl Personen')).toHaveAccessibleDescription('Eine ganze Zahl größer als 0. Die Anzahl muss größer als 0 sein.');
  await expect(field('Kurzbeschreibung')).toHaveAccessibleDescription(/Bitte füllen Sie dieses Feld aus\.$/);
  await expect(page.locator('#countries-error')).toHaveText('Bitte wählen Sie mindestens ein Herkunftsland.');
  await expect(page.locator('#region-error')).toHaveText('Bitte wählen Sie eine Region.');
  await expect(page.locator('#targetGroup-error')).toHaveText('Bitte wählen Sie eine Zielgruppe.');
  // The input stays.
  await expect(field('Titel des Projekts')).toHaveValue(title);
  await expect(field('Beginn')).toHaveValue('2028-05-01');
  await expect(field('Geplante Anzahl Personen')).toHaveValue('0');
  await expect(field('Titel des Projekts')).not.toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  expect(page.url()).toMatch(/\/projects\/new$/);
});

test('the list sorts by its column headers', async ({ page, signedInAs }) => {
  test.setTimeout(150_000);
  await signedInAs('APPLICANT');
  const run = unique();
  // Far-future start dates put these two first when sorting by duration, descending.
  const first = `000 Sortierung ${run} A`;
  const second = `000 Sortierung ${run} B`;
  await createProject(page, { title: first, start: '2098-01-01', end: '2098-12-31' });
  await createProject(page, { title: second, start: '2098-02-01', end: '2098-12-31' });

  await page.goto('/projects');
  const titles = () => page.getByRole('rowheader').allTextContents();
  const header = (name: string) => page.getByRole('columnheader', { name: new RegExp(`^${name}`) });
  await expect(header('Letzte Änderung')).toHaveAttribute('aria-sort', 'descending');

  await header('Titel').getByRole('link').click();
  await page.waitForURL('**/projects?sort=title&dir=asc');
  await expect(header('Titel')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header('Letzte Änderung')).not.toHaveAttribute('aria-sort');
  let list = await titles();
  expect(list.indexOf(first)).toBeGreaterThanOrEqual(0);
  expect(list.indexOf(first)).toBeLessThan(list.indexOf(second));
  await expectAccessible(page);

  await header('Laufzeit').getByRole('link').click();
  await page.waitForURL('**/projects?sort=startDate&dir=asc');
  await header('Laufzeit').getByRole('link').click();
  await page.waitForURL('**/projects?sort=startDate&dir=desc');
  await expect(header('Laufzeit')).toHaveAttribute('aria-sort', 'descending');
  list = await titles();
  expect(list.slice(0, 2)).toEqual([second, first]);
});

test('a submitted project is read-only, and forged ids answer 404', async ({ page, signedInAs }) => {
  const { id, title } = await seedProject({ title: `E2E Eingereicht ${unique()}` });
  await createSubmittedRevision({ actor: await demoApplicant(), projectId: id });
  await signedInAs('APPLICANT');
  await page.goto(`/projects/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId('project-locked')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bearbeiten', exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Unternehmen hinzufügen' })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto(`/projects/${id}/edit`);
  await expect(page.getByTestId('project-locked')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Speichern' })).toHaveCount(0);

  for (const path of ['/projects/does-not-exist', '/projects/does-not-exist/edit', `/projects/${id}/companies/does-not-exist/edit`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
});

test('the officer gets 403 on the project pages', async ({ page, signedInAs }) => {
  await signedInAs('OFFICER');
  for (const path of ['/projects/new', '/projects']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Kein Zugriff' })).toBeVisible();
});
