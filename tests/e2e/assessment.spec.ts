import type { Page, Request, Route } from '@playwright/test';
import { test, expect, expectAccessible, DEMO, DEMO_PASSWORD } from './support/fixtures';
import { COMPLETE_ANSWER, completeDraft, demoApplicant, seedProject } from './support/factories';

// The self-assessment's pages carry up to 8 standards with their forms: axe needs a while on them.
test.describe.configure({ timeout: 120_000 });

const MINIMAL_PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

const standard = (page: Page, key: string) => page.locator(`section#${key}`);

/** Answers one standard as „Erfüllt“ with a text, through the form. */
async function answerFulfilled(page: Page, key: string, text: string) {
  const section = standard(page, key);
  await section.getByRole('radio', { name: 'Erfüllt', exact: true }).check();
  await section.getByLabel('Umsetzung / Begründung').fill(text);
}

async function waitSaved(page: Page, key: string) {
  await expect(standard(page, key).getByTestId('save-status')).toHaveText(/^Gespeichert /);
}

/** Takes the applicability hint for `key` („Nicht zutreffend“ with the prepared reason). */
async function applyHint(page: Page, key: string) {
  await page.getByTestId(`hint-${key}`).getByRole('button', { name: 'Als „Nicht zutreffend“ markieren' }).click();
  await expect(page.getByLabel('Begründung (bitte prüfen)')).not.toHaveValue('');
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(standard(page, key).getByRole('radio', { name: 'Nicht zutreffend' })).toBeChecked();
  await waitSaved(page, key);
}

test('answer all 22 standards on the three phase pages, two through applicability hints, see progress, submit, read-only', async ({ page, signedInAs }) => {
  const project = await seedProject({ targetGroup: 'SKILLED_WORKERS', countries: ['PL', 'ES'] });
  await signedInAs('APPLICANT');
  await page.goto(`/projects/${project.id}/assessment`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Selbstbewertung: ${project.title}`);
  await expect(page.getByTestId('progress-overall')).toHaveText('0 von 22 Standards vollständig beantwortet');
  await expectAccessible(page);

  // Submitting too early names what is missing; each item leads to its field on its phase page,
  // with the problem next to it.
  await page.getByRole('button', { name: 'Einreichen' }).click();
  await expect(page.getByTestId('submit-error')).toHaveText('Einreichen ist erst möglich, wenn alle Standards vollständig beantwortet sind.');
  await expect(page.getByTestId('missing-list').getByRole('listitem')).toHaveCount(22);
  await page.getByTestId('missing-list').getByRole('link').first().click();
  await expect(page).toHaveURL(`/projects/${project.id}/assessment/general?missing=1#std-01-status`);
  await expect(page.getByRole('heading', { level: 2, name: 'Grundsätzliche Erwartungen' })).toBeVisible();
  await expect(standard(page, 'std-01').getByText('Bitte wählen Sie einen Status (nicht „Offen“).')).toBeVisible();
  await expect(page.locator('section[id^="std-"]')).toHaveCount(6);
  await expectAccessible(page);

  // One „Teilweise erfüllt“ with planned measures and a target date.
  const partial = standard(page, 'std-05');
  await partial.getByRole('radio', { name: 'Teilweise erfüllt' }).check();
  await partial.getByLabel('Umsetzung / Begründung').fill('Materialien werden nach Projektende weiter genutzt.');
  await partial.getByLabel('Geplante Maßnahmen').fill('Übergabe an die Kammern');
  await partial.getByLabel('Zieldatum').fill('2028-06-30');

  // Evidence: a PDF for standard 2, checked by its bytes.
  const evidence = standard(page, 'std-02');
  await expect(page.getByRole('button', { name: 'Hochladen' })).toHaveCount(0);
  await evidence.getByRole('button', { name: 'Nachweis hinzufügen' }).click();
  await expect(evidence.getByRole('button', { name: 'Nachweis hinzufügen' })).toHaveAttribute('aria-expanded', 'true');
  await evidence.getByLabel('Datei', { exact: true }).setInputFiles({ name: 'absichtserklaerungen.pdf', mimeType: 'application/pdf', buffer: Buffer.from(MINIMAL_PDF) });
  await evidence.getByLabel('Titel des Nachweises').fill('Absichtserklärungen der Unternehmen');
  await evidence.getByRole('button', { name: 'Hochladen' }).click();
  await expect(evidence.getByRole('link', { name: 'Absichtserklärungen der Unternehmen, Version 1 herunterladen' })).toBeVisible();

  const keys = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `std-${String(from + i).padStart(2, '0')}`);
  for (const key of keys(1, 6).filter((key) => key !== 'std-05')) await answerFulfilled(page, key, `Umsetzung für ${key}: <b>kein HTML</b>`);
  for (const key of keys(1, 6)) await waitSaved(page, key);
  await expect(page.getByTestId('completeness-std-01')).toHaveText('Vollständig');
  await expect(page.getByTestId('progress-GENERAL')).toHaveText('6 von 6');

  // Phase I, with the hint for standard 13 (EU/EEA only). The last answer is typed right before
  // leaving: „Weiter“ saves it first.
  await page.getByTestId('phase-next').click();
  await expect(page).toHaveURL(`/projects/${project.id}/assessment/phase-1`);
  await applyHint(page, 'std-13');
  for (const key of keys(7, 14).filter((key) => key !== 'std-13')) await answerFulfilled(page, key, `Umsetzung für ${key}: <b>kein HTML</b>`);
  await page.getByTestId('phase-next').click();

  // Phase II, with the hint for standard 20 (no apprentices).
  await expect(page).toHaveURL(`/projects/${project.id}/assessment/phase-2`);
  await expect(page.getByTestId('progress-PHASE_1')).toHaveText('8 von 8');
  await applyHint(page, 'std-20');
  for (const key of keys(15, 22).filter((key) => key !== 'std-20')) await answerFulfilled(page, key, `Umsetzung für ${key}: <b>kein HTML</b>`);
  await expect(page.getByTestId('progress-overall')).toHaveText('22 von 22 Standards vollständig beantwortet');
  await expect(page.getByTestId('progress-PHASE_2')).toHaveText('8 von 8');
  await expectAccessible(page);

  await page.getByTestId('phase-overview').click();
  await expect(page).toHaveURL(`/projects/${project.id}/assessment`);
  await expect(page.getByText('Alle Standards sind vollständig beantwortet.')).toBeVisible();
  await page.getByRole('button', { name: 'Einreichen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Selbstbewertung einreichen?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Ja, einreichen' }).click();

  await expect(page.getByTestId('assessment-status')).toHaveText('Eingereicht');
  await expect(page.getByTestId('read-only-notice')).toBeVisible();
  await page.getByTestId('phase-link-GENERAL').click();
  await expect(page).toHaveURL(`/projects/${project.id}/assessment/general`);
  await expect(page.getByTestId('read-only-notice')).toBeVisible();
  // No answer field is left; the only text boxes are the comment threads' (one per standard).
  await expect(page.getByRole('textbox', { name: 'Umsetzung / Begründung' })).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(6);
  await expect(page.getByRole('textbox', { name: 'Kommentar', exact: true })).toHaveCount(6);
  await expect(standard(page, 'std-01')).toContainText('Umsetzung für std-01: <b>kein HTML</b>');
  await expect(standard(page, 'std-05')).toContainText('30. Juni 2028');
  // The submitted revision shows its evidence, downloadable, without upload forms.
  await expect(standard(page, 'std-02').getByRole('link', { name: 'Absichtserklärungen der Unternehmen, Version 1 herunterladen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hochladen' })).toHaveCount(0);
  await expectAccessible(page);
});

test('leaving a phase page with an answer that cannot be saved stays on the page and says so', async ({ page, signedInAs }) => {
  const project = await seedProject();
  await signedInAs('APPLICANT');
  await page.goto(`/projects/${project.id}/assessment/general`);
  await standard(page, 'std-01').getByLabel('Umsetzung / Begründung').fill('x'.repeat(5_001));
  await page.getByTestId('phase-next').click();
  await expect(page.getByRole('alert').filter({ hasText: 'Nicht alle Änderungen sind gespeichert.' })).toBeVisible();
  await expect(page).toHaveURL(`/projects/${project.id}/assessment/general`);
  await expect(standard(page, 'std-01').getByLabel('Umsetzung / Begründung')).toHaveValue('x'.repeat(5_001));
  await expectAccessible(page);
});

test('leaving a phase page offline stays on the page and says so; back and forward never save on an old version', async ({ page, context, signedInAs }) => {
  const project = await seedProject();
  await signedInAs('APPLICANT');
  await page.goto(`/projects/${project.id}/assessment/general`);
  // A save that went through: the page is hydrated. Before that, „Weiter“ is a plain link that the
  // browser follows on its own — offline, to its own error page (the race CI met on a loaded machine).
  await standard(page, 'std-01').getByLabel('Umsetzung / Begründung').fill('Mit Verbindung');
  await waitSaved(page, 'std-01');

  // Offline: „Weiter“ cannot save the pending change, so the page stays and says so.
  await context.setOffline(true);
  await standard(page, 'std-01').getByLabel('Umsetzung / Begründung').fill('Ohne Verbindung');
  await page.getByTestId('phase-next').click();
  await expect(page.getByRole('alert').filter({ hasText: 'Nicht alle Änderungen sind gespeichert.' })).toBeVisible();
  await expect(page).toHaveURL(`/projects/${project.id}/assessment/general`);
  await context.setOffline(false);
  await waitSaved(page, 'std-01');

  // Saved, on to Phase I, back: the page from the router's cache shows the saved text, and
  // the next change is saved on the version the server has — no conflict with oneself.
  await page.getByTestId('phase-next').click();
  await expect(page).toHaveURL(`/projects/${project.id}/assessment/phase-1`);
  await page.goBack();
  await expect(page).toHaveURL(`/projects/${project.id}/assessment/general`);
  const implementation = standard(page, 'std-01').getByLabel('Umsetzung / Begründung');
  await expect(implementation).toHaveValue('Ohne Verbindung');
  await implementation.fill('Nach dem Zurückblättern');
  await waitSaved(page, 'std-01');
  await expect(standard(page, 'std-01').getByTestId('conflict')).toHaveCount(0);
  await page.reload();
  await expect(standard(page, 'std-01').getByLabel('Umsetzung / Begründung')).toHaveValue('Nach dem Zurückblättern');
});

test('when the session ends while editing, the sign-in form takes the page and the text is saved after signing in', async ({ page, context, signedInAs }) => {
  const project = await seedProject();
  await signedInAs('APPLICANT');
  await page.goto(`/projects/${project.id}/assessment/general`);
  await context.clearCookies();
  await standard(page, 'std-02').getByLabel('Umsetzung / Begründung').fill('Nach dem Abmelden geschrieben');
  // The save's guard answers 401: the sign-in form in place of the page, the URL kept.
  await expect(page.getByRole('heading', { level: 1, name: 'Bitte melden Sie sich an' })).toBeVisible();
  await expect(page).toHaveURL(`/projects/${project.id}/assessment/general`);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Anmelden' })).toBeVisible();
  await page.getByLabel('E-Mail-Adresse').fill(DEMO.APPLICANT.email);
  await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(standard(page, 'std-02').getByLabel('Umsetzung / Begründung')).toHaveValue('Nach dem Abmelden geschrieben');
  await waitSaved(page, 'std-02');
});

test('autosave keeps text across a reload and a lost connection', async ({ page, context, signedInAs }) => {
  const project = await seedProject();
  await signedInAs('APPLICANT');
  await page.goto(`/projects/${project.id}/assessment/general`);
  const implementation = standard(page, 'std-02').getByLabel('Umsetzung / Begründung');

  // Saved text is there after a reload.
  await implementation.fill('Absichtserklärungen liegen vor.');
  await waitSaved(page, 'std-02');
  await page.reload();
  await expect(standard(page, 'std-02').getByLabel('Umsetzung / Begründung')).toHaveValue('Absichtserklärungen liegen vor.');

  // Offline: the text stays in the browser and is saved once the connection is back.
  await context.setOffline(true);
  await standard(page, 'std-03').getByLabel('Umsetzung / Begründung').fill('Ohne Verbindung geschrieben');
  await expect(standard(page, 'std-03').getByTestId('save-status')).toHaveText(/^Nicht gespeichert – neuer Versuch/);
  await context.setOffline(false);
  await waitSaved(page, 'std-03');

  // Text typed just before leaving is restored from the browser and saved — also when the save
  // sent before the reload reaches the server only after the reloaded page was rendered (the
  // browser then sends its copy on the version the page showed; that is no conflict). The first
  // save is held until the restored one is on its way, so the race happens every time.
  const isSave = (request: Request) => request.method() === 'POST' && Boolean(request.headers()['next-action']) && (request.postData() ?? '').includes('std-04');
  let held: { route: Route; request: Request } | null = null;
  let sentFirst!: () => void;
  const firstSent = new Promise<void>((resolve) => (sentFirst = resolve));
  await page.route(`**/projects/${project.id}/assessment/general`, async (route, request) => {
    if (!isSave(request)) return route.continue();
    if (!held) {
      held = { route, request };
      sentFirst();
      return;
    }
    // The restored copy is being sent: let the held save commit first, then this one.
    const late = await page.request.fetch(held.request);
    expect(late.ok()).toBe(true);
    await held.route.abort().catch(() => {});
    await route.continue();
  });
  await standard(page, 'std-04').getByLabel('Umsetzung / Begründung').fill('Kurz vor dem Neuladen');
  await firstSent;
  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(standard(page, 'std-04').getByLabel('Umsetzung / Begründung')).toHaveValue('Kurz vor dem Neuladen');
  await waitSaved(page, 'std-04');
  await expect(standard(page, 'std-04').getByTestId('conflict')).toHaveCount(0);
  await page.unroute(`**/projects/${project.id}/assessment/general`);
  await page.reload();
  await expect(standard(page, 'std-03').getByLabel('Umsetzung / Begründung')).toHaveValue('Ohne Verbindung geschrieben');
  await expect(standard(page, 'std-04').getByLabel('Umsetzung / Begründung')).toHaveValue('Kurz vor dem Neuladen');
});

test('two people editing the same answer: the second save shows both versions, never overwrites', async ({ browser, page, signedInAs }) => {
  const project = await seedProject();
  await signedInAs('APPLICANT');
  await page.goto(`/projects/${project.id}/assessment/phase-1`);

  const other = await browser.newContext({ locale: 'de-DE' });
  const otherPage = await other.newPage();
  await otherPage.goto('/login');
  await otherPage.getByLabel('E-Mail-Adresse').fill('antrag@demo.example');
  await otherPage.getByLabel('Passwort').fill('Demo!Passwort2026');
  await otherPage.getByRole('button', { name: 'Anmelden' }).click();
  await otherPage.waitForURL('**/projects');
  await otherPage.goto(`/projects/${project.id}/assessment/phase-1`);

  await standard(page, 'std-09').getByLabel('Umsetzung / Begründung').fill('Fassung aus Browser A');
  await waitSaved(page, 'std-09');

  await standard(otherPage, 'std-09').getByLabel('Umsetzung / Begründung').fill('Fassung aus Browser B');
  const conflict = standard(otherPage, 'std-09').getByTestId('conflict');
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId('conflict-mine')).toContainText('Fassung aus Browser B');
  await expect(conflict.getByTestId('conflict-theirs')).toContainText('Fassung aus Browser A');
  await expectAccessible(otherPage);

  // Nothing was overwritten: A still sees its text after a reload.
  await page.reload();
  await expect(standard(page, 'std-09').getByLabel('Umsetzung / Begründung')).toHaveValue('Fassung aus Browser A');

  // B decides to keep its version; now it is saved on top of A's.
  await conflict.getByRole('button', { name: 'Meine Fassung speichern' }).click();
  await waitSaved(otherPage, 'std-09');
  await page.reload();
  await expect(standard(page, 'std-09').getByLabel('Umsetzung / Begründung')).toHaveValue('Fassung aus Browser B');
  await other.close();
});

test('withdraw a submission and continue in a new revision; the old one stays readable', async ({ page, signedInAs }) => {
  const project = await seedProject();
  await completeDraft({ actor: await demoApplicant(), projectId: project.id, answer: { ...COMPLETE_ANSWER, implementation: 'Erledigt' } });
  await signedInAs('APPLICANT');
  await page.goto(`/projects/${project.id}/assessment`);
  await page.getByRole('button', { name: 'Einreichen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, einreichen' }).click();
  await expect(page.getByTestId('assessment-status')).toHaveText('Eingereicht');

  await page.getByRole('button', { name: 'Zurückziehen' }).click();
  await page.getByRole('dialog', { name: 'Einreichung zurückziehen?' }).getByRole('button', { name: 'Ja, zurückziehen' }).click();
  await expect(page.getByTestId('assessment-status')).toHaveText('Zurückgezogen');
  await page.getByRole('button', { name: 'Neue Fassung bearbeiten' }).click();
  await expect(page.getByTestId('assessment-status')).toHaveText('Entwurf');
  await expect(page.getByText('Fassung 2 (Entwurf)').first()).toBeVisible();
  await expectAccessible(page);
  await page.getByTestId('phase-link-GENERAL').click();
  await expect(standard(page, 'std-01').getByLabel('Umsetzung / Begründung')).toHaveValue('Erledigt');
  await expectAccessible(page);

  await page.getByRole('link', { name: /Fassung 1, eingereicht am .*, zurückgezogen/ }).click();
  await expect(page).toHaveURL(`/projects/${project.id}/assessment?revision=1`);
  await expect(page.getByText('Sie sehen eine frühere Fassung.')).toBeVisible();
  await page.getByTestId('phase-link-PHASE_2').click();
  await expect(page).toHaveURL(`/projects/${project.id}/assessment/phase-2?revision=1`);
  await expect(page.getByText('Sie sehen eine frühere Fassung.')).toBeVisible();
  await expect(standard(page, 'std-22')).toContainText('Erledigt');
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expectAccessible(page);
});
