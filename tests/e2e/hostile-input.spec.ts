/**
 * Hostile input, where a browser sees it (ADR 031): stored XSS payloads in every text an applicant
 * writes (project, company, answer, evidence title, comment) show as literal text to the applicant
 * and the funding officer — no dialog opens, no element is injected, and the fixture fails the
 * test on any CSP violation (an attempt to run inline script); a `javascript:` link is refused
 * with a message; 1 MB typed into an answer gets the field's message and is not saved; a 20 MB
 * body to a Server Action (with or without Content-Length), an action body that is not JSON (sent
 * without Content-Length) and a malformed path get a clear answer in the visitor's language,
 * never a 500; a Server Action called with an argument of the wrong type answers a message key
 * the form shows in the visitor's language, never zod's English. Server side (forged ids, types,
 * upload names): tests/integration/hostile-input.test.ts; every schema: tests/unit/forged-input.test.ts.
 */
import type { Page } from '@playwright/test';
import { addLinkEvidence } from '@/lib/evidence/add-link-evidence';
import { addComment } from '@/lib/review/add-comment';
import { submitAssessment } from '@/lib/assessments/submit-assessment';
import { test, expect, signIn, DEMO, DEMO_PASSWORD, withDatabase } from './support/fixtures';
import { COMPLETE_ANSWER, PASSWORD, completeDraft, createTestCompany, createTestProject, createTestUser } from './support/factories';
import { builtActions, callAction, signInOverHttp } from './support/http-session';
import { E2E } from './support/e2e-env';

test.describe.configure({ timeout: 120_000 });

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const JS_URL = 'javascript:alert(1)';

/** Every dialog the page opens (alert(1) would be one), dismissed at once. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectNothingInjected(page: Page) {
  expect(await page.locator('img[src="x"], body script:not([src]):not([nonce]):not([type])').count(), `injected elements on ${page.url()}`).toBe(0);
}

test('stored script and markup in every text an applicant writes show as text, to the applicant and the officer', async ({ page }) => {
  const applicant = await createTestUser({ role: 'APPLICANT', name: 'Xaver Skript' });
  const project = await createTestProject({ actor: applicant, input: { title: `XSS ${SCRIPT} ${IMG}`.slice(0, 200), description: IMG, occupations: SCRIPT } });
  await createTestCompany({ actor: applicant, projectId: project.id, input: { name: `Firma ${IMG}`, contact: SCRIPT, ownContributionKind: IMG } });
  await addLinkEvidence({ actor: applicant, projectId: project.id, standardKey: 'std-01', title: `Link ${IMG}`, url: 'https://example.org/nachweis' });
  await completeDraft({ actor: applicant, projectId: project.id, answer: { ...COMPLETE_ANSWER, implementation: `Umsetzung ${SCRIPT} ${IMG}`, partners: IMG } });
  await submitAssessment({ projectId: project.id, actor: applicant });
  const assessment = await withDatabase(async (client) => (await client.query<{ id: string }>('SELECT id FROM "Assessment" WHERE "projectId" = $1', [project.id])).rows[0]!);
  await addComment({ assessmentId: assessment.id, actor: applicant, input: { standardKey: 'std-01', body: `Frage ${SCRIPT} ${IMG} ${JS_URL}`, internal: false } });

  const dialogs = watchDialogs(page);
  await signIn(page, applicant.email, PASSWORD);
  await page.waitForURL('**/projects');
  await expect(page.getByRole('link', { name: project.title })).toBeVisible();
  await expectNothingInjected(page);

  await page.goto(`/projects/${project.id}`);
  await expect(page.getByText(`Firma ${IMG}`)).toBeVisible();
  await expect(page.getByText(IMG, { exact: true }).first()).toBeVisible();
  await expectNothingInjected(page);

  await page.goto(`/projects/${project.id}/assessment/general`);
  const std01 = page.locator('section#std-01');
  await expect(std01.getByText(`Umsetzung ${SCRIPT} ${IMG}`)).toBeVisible();
  await expect(std01.getByText(`Link ${IMG}`)).toBeVisible();
  await expect(std01.getByText(`Frage ${SCRIPT} ${IMG} ${JS_URL}`)).toBeVisible();
  // The address in a comment is text, never a link.
  await expect(std01.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expectNothingInjected(page);

  await page.context().clearCookies();
  await signIn(page, DEMO.OFFICER.email, DEMO_PASSWORD);
  await page.waitForURL('**/review');
  await page.goto(`/review?q=${encodeURIComponent('XSS')}`);
  await expect(page.getByRole('link', { name: project.title })).toBeVisible();
  await expectNothingInjected(page);
  await page.goto(`/review/${assessment.id}/general`);
  const review01 = page.locator('section#std-01');
  await expect(review01.getByText(`Umsetzung ${SCRIPT} ${IMG}`)).toBeVisible();
  await expect(review01.getByText(`Frage ${SCRIPT} ${IMG} ${JS_URL}`)).toBeVisible();
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expectNothingInjected(page);

  expect(dialogs, 'dialogs opened by stored input').toEqual([]);
});

test('a javascript: link is refused with a message, and 1 MB typed into an answer is refused and not saved', async ({ page }) => {
  const applicant = await createTestUser({ role: 'APPLICANT', name: 'Xenia Eingabe' });
  const project = await createTestProject({ actor: applicant });
  const dialogs = watchDialogs(page);
  await signIn(page, applicant.email, PASSWORD);
  await page.waitForURL('**/projects');
  await page.goto(`/projects/${project.id}/assessment/general`);

  const std01 = page.locator('section#std-01');
  await std01.getByRole('button', { name: 'Nachweis hinzufügen' }).click();
  await std01.getByLabel('Adresse (URL)').fill(JS_URL);
  await std01.getByLabel('Titel des Links').fill('Gefährlich');
  await std01.getByRole('button', { name: 'Link hinzufügen' }).click();
  await expect(std01.getByText('Nur Adressen mit https:// oder http:// sind erlaubt.').first()).toBeVisible();
  await expect(std01.locator('a[href^="javascript:" i]')).toHaveCount(0);

  await std01.getByRole('radio', { name: 'Erfüllt', exact: true }).check();
  await std01.getByLabel('Umsetzung / Begründung').fill('x'.repeat(1024 * 1024));
  await expect(std01.getByText('Höchstens 5.000 Zeichen – bitte kürzen Sie den Text.').first()).toBeVisible();
  // A valid answer of the next standard is saved; the one over the limit never is.
  const std02 = page.locator('section#std-02');
  await std02.getByRole('radio', { name: 'Erfüllt', exact: true }).check();
  await std02.getByLabel('Umsetzung / Begründung').fill('Umgesetzt.');
  await expect(std02.getByTestId('save-status')).toHaveText(/^Gespeichert /);
  const stored = await withDatabase(async (client) =>
    (
      await client.query<{ key: string; length: number }>(
        'SELECT a."standardKey" AS key, length(a.implementation) AS length FROM "Answer" a JOIN "Revision" r ON r.id = a."revisionId" JOIN "Assessment" s ON s.id = r."assessmentId" WHERE s."projectId" = $1 AND a."standardKey" IN ($2, $3) ORDER BY 1',
        [project.id, 'std-01', 'std-02'],
      )
    ).rows,
  );
  expect(stored).toEqual([
    { key: 'std-01', length: 0 },
    { key: 'std-02', length: 'Umgesetzt.'.length },
  ]);
  expect(dialogs).toEqual([]);
});

test('a 20 MB body to a Server Action and a malformed address get a clear answer in the visitor’s language, never a 500', async () => {
  const [action] = builtActions();
  const post = (cookie = '') =>
    fetch(`${E2E.baseUrl}/projects/new`, {
      method: 'POST',
      headers: { 'next-action': action!.id, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', origin: E2E.baseUrl, cookie },
      body: JSON.stringify([{ title: 'x'.repeat(20 * 1024 * 1024) }]),
    });
  const german = await post();
  expect(german.status).toBe(413);
  expect(await german.text()).toBe('Die gesendeten Daten sind zu groß (höchstens 1 MB je Formular; Dateien bis 10 MB über „Nachweise“). Es wurde nichts gespeichert.');
  const english = await post('NEXT_LOCALE=en');
  expect(english.status).toBe(413);
  expect(await english.text()).toContain('Nothing was saved.');

  const malformed = await fetch(`${E2E.baseUrl}/projects/%E0%A4%A`);
  expect(malformed.status).toBe(400);
  expect(await malformed.text()).toBe('Diese Adresse ist fehlerhaft und kann nicht aufgerufen werden.');

  const json = await fetch(`${E2E.baseUrl}/api/projects/x/evidence`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: E2E.baseUrl },
    body: JSON.stringify({ padding: 'x'.repeat(20 * 1024 * 1024) }),
  });
  expect(json.status).toBe(401);
  expect((await fetch(`${E2E.baseUrl}/api/health`)).status).toBe(200);
});

/** A body sent in pieces without Content-Length (Transfer-Encoding: chunked), as a script may send it. */
function chunked(text: string): { body: ReadableStream<Uint8Array>; duplex: 'half' } {
  const bytes = Buffer.from(text);
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(at, at + 256 * 1024));
      at += 256 * 1024;
    },
  });
  return { body, duplex: 'half' };
}

test('an action body without Content-Length is counted: over 1 MB 413, not JSON 400, else Next answers it as any other', async () => {
  const user = await createTestUser({ role: 'APPLICANT', name: 'Karl Stückweise' });
  const session = await signInOverHttp(user.email, PASSWORD, { twoFactor: false });
  const action = builtActions().find((candidate) => candidate.name.endsWith('#changeNameAction'))!;
  const post = (text: string, cookie = session.cookie) =>
    fetch(`${E2E.baseUrl}/account`, {
      method: 'POST',
      headers: { 'next-action': action.id, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', origin: E2E.baseUrl, cookie },
      ...chunked(text),
    } as RequestInit);

  const big = await post(JSON.stringify([{ name: 'x'.repeat(2 * 1024 * 1024) }]));
  expect(big.status).toBe(413);
  expect(await big.text()).toBe('Die gesendeten Daten sind zu groß (höchstens 1 MB je Formular; Dateien bis 10 MB über „Nachweise“). Es wurde nichts gespeichert.');
  const broken = await post('[{"name": "Karl');
  expect(broken.status).toBe(400);
  expect(await broken.text()).toBe('Die gesendeten Daten sind fehlerhaft und wurden nicht verarbeitet. Es wurde nichts gespeichert.');
  // Signing in set the account's language (NEXT_LOCALE=de); the visitor switches to English.
  const english = [...session.cookie.split('; ').filter((pair) => !pair.startsWith('NEXT_LOCALE=')), 'NEXT_LOCALE=en'].join('; ');
  const brokenEnglish = await post('{name: Karl}', english);
  expect(brokenEnglish.status).toBe(400);
  expect(await brokenEnglish.text()).toBe('The data sent is malformed and was not processed. Nothing was saved.');

  // Within the limit and JSON: Next gets the body and the action runs as with Content-Length.
  const saved = await post(JSON.stringify([{ name: 'Karl Gestückelt' }]));
  expect(saved.status).toBe(200);
  const row = (await saved.text()).split('\n').find((line) => line.startsWith('1:'));
  expect(JSON.parse(row!.slice(2))).toEqual({ ok: true, data: { name: 'Karl Gestückelt' } });
  const name = await withDatabase(async (client) => (await client.query<{ name: string }>('SELECT name FROM "User" WHERE id = $1', [user.id])).rows[0]!.name);
  expect(name).toBe('Karl Gestückelt');
  expect((await fetch(`${E2E.baseUrl}/api/health`)).status).toBe(200);
});

test('a Server Action called with an argument of the wrong type answers a key the form shows in the visitor’s language', async ({ page }) => {
  const user = await createTestUser({ role: 'APPLICANT', name: 'Fritz Falschtyp' });
  // Over HTTP: a key for the form, never zod's English default.
  const session = await signInOverHttp(user.email, PASSWORD, { twoFactor: false });
  const action = builtActions().find((candidate) => candidate.name.endsWith('#changeNameAction'))!;
  for (const [args, field] of [[['kein Objekt'], '_form'], [[{}], 'name'], [[{ name: 42 }], 'name']] as const) {
    const answer = await callAction(session, { id: action.id, page: '/account', args: [...args] });
    expect(answer.result, JSON.stringify(args)).toEqual({ ok: false, fieldErrors: { [field]: ['invalidInput'] } });
    expect(answer.body).not.toContain('Invalid input');
  }

  // In the browser: the form's values are replaced on the way by an argument of the wrong type.
  await signIn(page, user.email, PASSWORD);
  await page.waitForURL('**/projects');
  await page.route('**/account', (route) =>
    route.request().method() === 'POST' && route.request().headers()['next-action'] ? route.continue({ postData: JSON.stringify(['kein Objekt']) }) : route.continue(),
  );
  await page.goto('/account');
  await page.getByLabel('Vor- und Nachname').fill('Fritz Neu');
  await page.getByRole('button', { name: 'Name speichern' }).click();
  await expect(page.getByText('Diese Angabe hat nicht die erwartete Form. Bitte laden Sie die Seite neu und versuchen Sie es erneut.').first()).toBeVisible();

  await page.context().addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: E2E.baseUrl }]);
  await page.goto('/account');
  await page.getByLabel('First and last name').fill('Fritz New');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('This entry is not in the expected form. Please reload the page and try again.').first()).toBeVisible();
  const name = await withDatabase(async (client) => (await client.query<{ name: string }>('SELECT name FROM "User" WHERE id = $1', [user.id])).rows[0]!.name);
  expect(name).toBe('Fritz Falschtyp');
});
