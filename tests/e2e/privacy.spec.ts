import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { getAssessmentView } from '@/lib/assessments/get-assessment-view';
import { saveAnswer } from '@/lib/assessments/save-answer';
import { COMPLETE_ANSWER, PASSWORD, createTestProject, createTestUser } from './support/factories';
import { test, expect, expectAccessible, signIn, withDatabase } from './support/fixtures';

test('an applicant downloads everything the portal holds about them on „Mein Konto“', async ({ page }) => {
  const suffix = randomUUID().slice(0, 8);
  const applicant = await createTestUser({ role: 'APPLICANT', email: `auskunft-${suffix}@verein.example`, name: 'Ines Auskunft' });
  const project = await createTestProject({ actor: applicant, input: { title: `Auskunftsprojekt ${suffix}` } });
  const view = await getAssessmentView({ projectId: project.id, actor: applicant });
  const text = `Sprachkurse vor der Einreise ${suffix}`;
  await saveAnswer({ actor: applicant, projectId: project.id, standardKey: 'std-05', expectedVersion: view.answers['std-05']!.version, answer: { ...COMPLETE_ANSWER, implementation: text } });

  await signIn(page, applicant.email, PASSWORD);
  await page.waitForURL('**/projects');
  await page.getByRole('banner').getByRole('link', { name: 'Mein Konto' }).click();
  await page.waitForURL('**/account');
  await expect(page.getByRole('heading', { level: 1, name: 'Mein Konto' })).toBeVisible();
  const details = page.getByTestId('account-details');
  await expect(details).toContainText(applicant.email);
  await expect(details).toContainText('Antragsteller/in');
  await expectAccessible(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Meine Daten herunterladen' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^personal-data-${applicant.id}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const data = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    account: { email: string; name: string };
    projectsCreated: { id: string; title: string }[];
    answers: { standardKey: string; implementation: string; projectId: string }[];
  };
  expect(data.account).toMatchObject({ email: applicant.email, name: 'Ines Auskunft' });
  expect(data.projectsCreated.map((row) => row.title)).toEqual([project.title]);
  expect(data.answers).toContainEqual(expect.objectContaining({ standardKey: 'std-05', implementation: text, projectId: project.id }));
});

test('an administrator finds a person on „Datenschutz-Anfragen“ and erases them after confirming the address', async ({ page, signedInAs }) => {
  const suffix = randomUUID().slice(0, 8);
  const person = await createTestUser({ role: 'APPLICANT', email: `loeschung-${suffix}@verein.example`, name: 'Lea Löschung' });

  await signedInAs('ADMIN');
  await page.getByRole('link', { name: 'Datenschutz-Anfragen' }).click();
  await page.waitForURL('**/admin/privacy');
  await expect(page.getByRole('heading', { level: 1, name: 'Datenschutz-Anfragen' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('E-Mail-Adresse (oder ein Teil davon)').fill(`loeschung-${suffix}`);
  await page.getByRole('button', { name: 'Suchen' }).click();
  await page.waitForURL(/q=/);
  const results = page.getByTestId('people-results');
  await expect(results.getByRole('row')).toHaveCount(2);
  await results.getByRole('link', { name: `Auswählen ${person.email}` }).click();
  await page.waitForURL(/user=/);
  const panel = page.getByTestId('person-panel');
  await expect(panel).toContainText('Lea Löschung');
  await expect(panel.getByRole('link', { name: 'Daten exportieren' })).toHaveAttribute('href', `/api/users/${person.id}/personal-data`);
  await expectAccessible(page);

  await panel.getByRole('button', { name: 'Person löschen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Person endgültig löschen?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  // A wrong address is refused next to the field.
  await dialog.getByLabel('E-Mail-Adresse der Person').fill('jemand@anderes.example');
  await dialog.getByRole('button', { name: 'Endgültig löschen' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Die eingegebene E-Mail-Adresse ist nicht die der Person.');
  await expect(dialog.getByLabel('E-Mail-Adresse der Person')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await dialog.getByLabel('E-Mail-Adresse der Person').fill(person.email.toUpperCase());
  await dialog.getByRole('button', { name: 'Endgültig löschen' }).click();
  await expect(page.getByTestId('erase-status')).toHaveText('Die Person wurde gelöscht.');
  await expect(dialog).toBeHidden();
  await expect(panel).toContainText('Gelöschte/r Nutzer/in');
  await expect(panel).toContainText('Gelöscht am');

  const row = await withDatabase(async (client) => (await client.query<{ email: string; erasedAt: Date | null }>(`SELECT email, "erasedAt" FROM "User" WHERE id = $1`, [person.id])).rows[0]!);
  expect(row.email).toMatch(/^geloescht-[0-9a-f]{24}@invalid$/);
  expect(row.erasedAt).not.toBeNull();
});
