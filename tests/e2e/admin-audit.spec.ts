import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { demoApplicant, seedProject } from './support/factories';
import { DEMO, test, expect, expectAccessible, signIn } from './support/fixtures';
import { updateProject } from '@/lib/projects/update-project';

/** The rows of the log's table (one per entry; not the rows of the before/after tables inside). */
const rows = (page: Page) => page.getByRole('region', { name: 'Protokolleinträge, neueste zuerst' }).locator(':scope > table > tbody > tr');

test('an administrator reads the audit log: filters, before/after, pages and the CSV export', async ({ page, signedInAs }) => {
  test.setTimeout(180_000);
  // 52 changes of one project's title: two pages of „Projekt geändert“ for that project.
  const word = `Protokoll${randomUUID().slice(0, 6)}`;
  const applicant = await demoApplicant();
  const project = await seedProject({ title: `${word} v0` });
  const profile = {
    description: 'Anwerbung von Pflegefachkräften',
    startDate: '2027-01-01',
    endDate: '2028-12-31',
    targetGroup: 'BOTH',
    plannedParticipants: 12,
    countries: ['VN'],
    occupations: 'Pflege',
    region: 'magdeburg',
  };
  for (let n = 1; n <= 52; n++) await updateProject({ actor: applicant, projectId: project.id, input: { ...profile, title: `${word} v${n}` } });

  // A failed sign-in through the real form (an address nobody has) and a sign-out.
  const stranger = `niemand-${randomUUID().slice(0, 8)}@protokoll.example`;
  await signIn(page, stranger, 'falsches-Passwort-1');
  await expect(page.getByTestId('form-error')).toHaveText('E-Mail-Adresse oder Passwort ist falsch.');

  await signedInAs('ADMIN');
  await page.getByRole('main').getByRole('link', { name: 'Protokoll', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Protokoll' })).toBeVisible();
  await expectAccessible(page);

  // The failed sign-in: the address tried, the reason, „System“ as the person, a request id.
  await page.getByLabel('Aktion', { exact: true }).selectOption({ label: 'Anmeldung fehlgeschlagen' });
  await page.getByRole('button', { name: 'Filtern' }).click();
  await page.waitForURL(/action=user\.sign-in-failed/);
  const failed = rows(page).filter({ hasText: stranger });
  await expect(failed).toHaveCount(1);
  await expect(failed).toContainText('Unbekannte E-Mail-Adresse');
  await expect(failed).toContainText('System');
  await expect(failed).toContainText(/Anfrage-ID: [0-9a-f-]{36}/);

  // „Projekt geändert“ for the one project: the newest change on top, as before/after.
  await page.getByLabel('Aktion', { exact: true }).selectOption({ label: 'Projekt geändert' });
  await page.getByLabel('Objekt-ID').fill(project.id);
  await page.getByRole('button', { name: 'Filtern' }).click();
  await page.waitForURL(/action=project\.updated.*subject=/);
  await expect(rows(page)).toHaveCount(50);
  const newest = rows(page).first();
  await expect(newest).toContainText(DEMO.APPLICANT.name);
  await expect(newest).toContainText('Projekt geändert');
  const change = newest.getByRole('table', { name: 'Änderungen' });
  await expect(change.getByRole('row', { name: /Titel/ })).toHaveText(new RegExp(`Titel\\s*${word} v51\\s*${word} v52`));
  await expect(change.getByRole('columnheader', { name: 'Vorher' })).toBeVisible();
  await expectAccessible(page);

  // „Ältere Einträge“: the last two changes, then back.
  await page.getByRole('link', { name: 'Ältere Einträge' }).click();
  await page.waitForURL(/before=/);
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).last().getByRole('table', { name: 'Änderungen' })).toContainText(`${word} v0`);
  await expect(page.getByRole('link', { name: 'Ältere Einträge' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Neuere Einträge' }).click();
  await page.waitForURL(/after=/);
  await expect(rows(page)).toHaveCount(50);
  await expect(rows(page).first()).toContainText(`${word} v52`);
  await expect(page.getByRole('link', { name: 'Neuere Einträge' })).toHaveCount(0);

  // The CSV of the same filter: BOM, „;“, German headers, all 52 entries.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Als CSV exportieren' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^protokoll-\d{8}-\d{4}\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('Zeitpunkt;Name;E-Mail;Personen-ID;Aktion;Aktionscode;Objekttyp;Objekt-ID;Anfrage-ID;Details (JSON)');
  expect(lines).toHaveLength(53);
  expect(lines[1]).toContain(`;${DEMO.APPLICANT.name};${DEMO.APPLICANT.email};`);
  expect(lines[1]).toContain(`;Projekt geändert;project.updated;Projekt;${project.id};`);
  expect(lines[1]).toContain(`""after"":""${word} v52""`);

  // Signing out is recorded too.
  await page.getByRole('banner').getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Anmelden' })).toBeVisible();
  await signedInAs('ADMIN');
  await page.goto('/admin/audit?action=user.sign-out');
  await expect(rows(page).filter({ hasText: DEMO.ADMIN.email }).first()).toContainText('Abgemeldet');
});
