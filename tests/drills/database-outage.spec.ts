/**
 * Database outage drill (ADR 033): the proxy between the portal and PostgreSQL drops every
 * connection and refuses new ones for a while — a database restart, without touching the shared
 * server. /api/health answers 503 while it lasts and 200 after; the answer form says „Nicht
 * gespeichert – neuer Versuch …“, keeps the typed text and saves it once the database is back; a
 * submission, a decision and an upload tried meanwhile fail with a clear message and leave no
 * partial rows (and no file without a row); afterwards the connection pools and the job queue
 * work again (a submission's notification mail goes out) and no server process died.
 */
import type { Page } from '@playwright/test';
import { takeAssessment } from '@/lib/review/take-assessment';
import { minimalPdf } from '@/tests/support/evidence-files';
import { DEMO, DEMO_PASSWORD, signIn, withDatabase } from '@/tests/e2e/support/fixtures';
import { completeDraft, createSubmittedRevision, createTestProject, createTestUser, demoActors, PASSWORD } from '@/tests/e2e/support/factories';
import { expectStorageMatchesDatabase } from './support/storage-consistency';
import { expect, test } from './support/drill-test';

const UNAVAILABLE = 'Die Datenbank des Portals ist gerade nicht erreichbar. Es wurde nichts gespeichert; bitte versuchen Sie es in einigen Minuten erneut.';
/** How long the database stays away at least. */
const OUTAGE_MS = 8_000;

const standard = (page: Page, key: string) => page.locator(`section#${key}`);

async function health(base: string): Promise<number> {
  return (await fetch(`${base}/api/health`).catch(() => null))?.status ?? 0;
}

async function query<T extends object>(sql: string, values: unknown[]): Promise<T[]> {
  return withDatabase(async (client) => (await client.query<T>(sql, values)).rows);
}

test('database outage: health 503 → 200, autosave retries and keeps the text, submission/decision/upload fail cleanly', async ({ portal, browser }) => {
  test.setTimeout(240_000);
  const base = portal.baseUrl;
  // An applicant with a complete draft, and a submitted self-assessment the demo officer has taken.
  const applicant = await createTestUser({ role: 'APPLICANT', name: 'Olga Ausfall' });
  const project = await createTestProject({ actor: applicant, input: { title: `Ausfallprojekt ${Date.now().toString(36)}` } });
  await completeDraft({ actor: applicant, projectId: project.id });
  const other = await createTestUser({ role: 'APPLICANT', name: 'Otto Ausfall' });
  const reviewed = await createTestProject({ actor: other });
  await createSubmittedRevision({ actor: other, projectId: reviewed.id });
  const [{ id: assessmentId } = { id: "" }] = await query<{ id: string }>('SELECT id FROM "Assessment" WHERE "projectId" = $1', [reviewed.id]);
  await takeAssessment({ assessmentId: assessmentId!, actor: (await demoActors()).officer });

  // The pages are open before the database goes away: the phase page, the overview, the review.
  const applicantContext = await browser.newContext();
  const form = await applicantContext.newPage();
  await signIn(form, applicant.email, PASSWORD);
  await form.waitForURL('**/projects');
  await form.goto(`/projects/${project.id}/assessment/general`);
  const overview = await applicantContext.newPage();
  await overview.goto(`/projects/${project.id}/assessment`);
  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, DEMO.OFFICER.email, DEMO_PASSWORD);
  await officer.waitForURL('**/review');
  await officer.goto(`/review/${assessmentId}`);

  const field = standard(form, 'std-01').getByLabel('Umsetzung / Begründung');
  const saveStatus = standard(form, 'std-01').getByTestId('save-status');
  await field.fill('Vor dem Ausfall gespeichert.');
  await expect(saveStatus).toHaveText(/^Gespeichert /);
  expect(await health(base)).toBe(200);

  // Down.
  const mailsBefore = portal.mails.length;
  await portal.proxy.down();
  const downSince = Date.now();
  await expect.poll(() => health(base), { message: '/api/health while the database is away' }).toBe(503);

  const typed = 'Vor dem Ausfall gespeichert. Während des Ausfalls getippt – das darf nicht verloren gehen.';
  await field.fill(typed);
  await expect(saveStatus).toHaveText(/^Nicht gespeichert – neuer Versuch in \d+ s\. Ihre Eingaben bleiben in diesem Browser erhalten\.$/, { timeout: 20_000 });
  await expect(field).toHaveValue(typed);

  // „Einreichen“ while it is away: a clear message, nothing submitted.
  await overview.getByRole('button', { name: 'Einreichen' }).click();
  await overview.getByRole('dialog').getByRole('button', { name: 'Ja, einreichen' }).click();
  await expect(overview.getByTestId('submit-error')).toHaveText(UNAVAILABLE);

  // A decision while it is away: the same.
  await officer.getByRole('radio', { name: 'Annehmen' }).check();
  await officer.getByTestId('decision-submit').click();
  await officer.getByRole('dialog', { name: 'Entscheidung endgültig speichern?' }).getByRole('button', { name: 'Endgültig speichern' }).click();
  await expect(officer.getByText(UNAVAILABLE).first()).toBeVisible();

  // An upload while it is away: 503 with the same message key, and no file stays behind.
  const upload = await form.request.post(`/api/projects/${project.id}/evidence`, {
    multipart: { kind: 'FILE', standardKey: 'std-01', title: 'Im Ausfall', file: { name: 'ausfall.pdf', mimeType: 'application/pdf', buffer: Buffer.from(minimalPdf('Ausfall')) } },
  });
  expect(upload.status()).toBe(503);
  expect(await upload.json()).toMatchObject({ ok: false, formError: 'databaseUnavailable' });

  await new Promise((resolve) => setTimeout(resolve, Math.max(0, OUTAGE_MS - (Date.now() - downSince))));
  expect(await health(base)).toBe(503);
  await portal.proxy.up();
  await expect.poll(() => health(base), { message: '/api/health after the database is back' }).toBe(200);

  // The typed text is saved by the form's own retry, and it is what the database holds.
  await expect(saveStatus).toHaveText(/^Gespeichert /, { timeout: 45_000 });
  await expect(field).toHaveValue(typed);
  const [answer] = await query<{ implementation: string }>(
    `SELECT a.implementation FROM "Answer" a JOIN "Revision" r ON r.id = a."revisionId" JOIN "Assessment" s ON s.id = r."assessmentId" WHERE s."projectId" = $1 AND a."standardKey" = 'std-01'`,
    [project.id],
  );
  expect(answer?.implementation).toBe(typed);

  // Nothing half-written: one draft revision, nothing frozen, no decision, no proposal, no evidence.
  expect(await query('SELECT r.number, r.status, s.status AS "assessment" FROM "Revision" r JOIN "Assessment" s ON s.id = r."assessmentId" WHERE s."projectId" = $1', [project.id])).toEqual([
    { number: 1, status: 'DRAFT', assessment: 'DRAFT' },
  ]);
  expect(await query('SELECT re.* FROM "RevisionEvidence" re JOIN "Revision" r ON r.id = re."revisionId" JOIN "Assessment" s ON s.id = r."assessmentId" WHERE s."projectId" = $1', [project.id])).toEqual([]);
  expect(await query('SELECT d.id FROM "Decision" d JOIN "Revision" r ON r.id = d."revisionId" WHERE r."assessmentId" = $1', [assessmentId])).toEqual([]);
  expect(await query('SELECT p.id FROM "DecisionProposal" p JOIN "Revision" r ON r.id = p."revisionId" WHERE r."assessmentId" = $1', [assessmentId])).toEqual([]);
  expect(await query('SELECT e.id FROM "Evidence" e WHERE e."projectId" = $1', [project.id])).toEqual([]);
  await expectStorageMatchesDatabase(portal.storageDir);

  // Everything works again: the submission goes through, and its notification mail leaves through
  // the job queue (pg-boss on the same pool survived the outage).
  await overview.getByRole('button', { name: 'Einreichen' }).click();
  await overview.getByRole('dialog').getByRole('button', { name: 'Ja, einreichen' }).click();
  await expect(overview.getByTestId('assessment-status')).toHaveText('Eingereicht');
  await expect.poll(() => portal.mails.slice(mailsBefore).some((mail) => mail.includes(project.title)), { message: 'the submission mail to the officers', timeout: 60_000 }).toBe(true);
  expect(portal.output(), 'a server process ended during the outage').not.toMatch(/\[serve\] worker \d+ ended/);
});
