import type { Page } from '@playwright/test';
import {
  PASSWORD,
  createOrganisation,
  createSubmittedRevision,
  createTestProject,
  createTestUser,
  demoActors,
  proposeDecision,
  publishChangedCatalogue,
  type TestUser,
} from './support/factories';
import { test, expect, holdCatalogueLock, withDatabase } from './support/fixtures';
import { confirmThroughDialog, expectFocusOn, expectFocusedStatus, focusScreenshots, signInByKeyboard, tabTo } from './support/keyboard';
import { takeAssessment } from '@/lib/review/take-assessment';

/**
 * Actions whose button goes away with their success, with the keyboard alone (issue 11, the
 * sibling of keyboard.spec.ts): „Zurückziehen“, „Neue Fassung bearbeiten“, „Übernehmen“ of a new
 * catalogue version, and the four-eyes „Bestätigen“ / „Zurückgeben“. After each, the focus is on
 * the page's status line (document.activeElement is the live region), which says what happened —
 * it never falls back to the top of the page. Tab, Shift+Tab, Enter, Space and typing; never a click.
 */

const assessmentIdOf = (projectId: string) =>
  withDatabase(async (client) => (await client.query<{ id: string }>('SELECT "id" FROM "Assessment" WHERE "projectId" = $1', [projectId])).rows[0]!.id);

async function openAssessment(page: Page, applicant: TestUser, projectId: string) {
  await signInByKeyboard(page, applicant.email, PASSWORD);
  await page.waitForURL('**/projects');
  await page.goto(`/projects/${projectId}/assessment`);
}

test('applicant: withdraws a submission, then opens a new revision — the status line takes the focus each time, keyboard only', async ({ page }) => {
  test.setTimeout(120_000);
  const { applicant } = await createOrganisation({ applicantName: 'Wanda Widerruf' });
  const project = await createTestProject({ actor: applicant, input: { title: `Tastatur-Rückzug ${Date.now()}` } });
  await createSubmittedRevision({ actor: applicant, projectId: project.id });
  await openAssessment(page, applicant, project.id);
  await expect(page.getByTestId('assessment-status')).toHaveText('Eingereicht');

  // „Zurückziehen“ asks first (Escape gives the focus back), then „Ja, zurückziehen“ with Enter.
  const withdraw = page.getByRole('button', { name: 'Zurückziehen' });
  await tabTo(page, withdraw, { max: 80 });
  await confirmThroughDialog(page, { trigger: withdraw, title: 'Einreichung zurückziehen?', confirm: 'Ja, zurückziehen' });
  await expect(page.getByTestId('assessment-status')).toHaveText('Zurückgezogen');
  await expectFocusedStatus(page, 'Die Einreichung wurde zurückgezogen.');
  await expect(withdraw).toHaveCount(0);
  await focusScreenshots(page, 'withdrawn');

  // „Neue Fassung bearbeiten“ with Space: no dialog; the button goes, the status line says so.
  const reopen = page.getByRole('button', { name: 'Neue Fassung bearbeiten' });
  await tabTo(page, reopen, { max: 40 });
  await page.keyboard.press('Space');
  await expect(page.getByTestId('assessment-status')).toHaveText('Entwurf');
  await expectFocusedStatus(page, 'Eine neue Fassung ist angelegt. Sie können sie jetzt bearbeiten und erneut einreichen.');
  await expect(reopen).toHaveCount(0);
  await focusScreenshots(page, 'reopened');
  // From the status line the keyboard goes on into the new revision's page.
  await tabTo(page, page.getByTestId('phase-link-GENERAL'), { max: 20 });
});

test('second officer: confirms one four-eyes proposal and returns another — the status line takes the focus, keyboard only', async ({ page }) => {
  test.setTimeout(150_000);
  const { applicant } = await createOrganisation({ applicantName: 'Vroni Vier-Augen' });
  const proposer = await createTestUser({ role: 'OFFICER', name: 'Petra Vorschlag' });
  const second = await createTestUser({ role: 'OFFICER', name: 'Zora Zweitprüfung' });
  const assessments: string[] = [];
  for (const kind of ['ACCEPTED', 'REJECTED'] as const) {
    const project = await createTestProject({ actor: applicant, input: { title: `Tastatur-Vier-Augen ${kind} ${Date.now()}` } });
    await createSubmittedRevision({ actor: applicant, projectId: project.id });
    const assessmentId = await assessmentIdOf(project.id);
    await takeAssessment({ assessmentId, actor: proposer });
    await proposeDecision({ assessmentId, proposer, kind, reason: kind === 'REJECTED' ? 'Die Standards 3 und 4 fehlen.' : '' });
    assessments.push(assessmentId);
  }
  await signInByKeyboard(page, second.email, PASSWORD);
  await page.waitForURL('**/review');

  // „Bestätigen“ with Enter: the proposal becomes the decision.
  await page.goto(`/review/${assessments[0]}`);
  await expect(page.getByRole('region', { name: 'Vorschlag' })).toContainText('Petra Vorschlag schlägt vor: Annehmen');
  const confirm = page.getByRole('button', { name: 'Bestätigen' });
  await tabTo(page, confirm, { max: 40 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('assessment-status')).toHaveText('Angenommen');
  await expectFocusedStatus(page, 'Der Vorschlag wurde bestätigt. Entscheidung: Angenommen');
  await expect(confirm).toHaveCount(0);
  await expect(page.getByTestId('decision-summary')).toContainText('Bestätigt von Zora Zweitprüfung (Vier-Augen-Prinzip)');
  await focusScreenshots(page, 'proposal-confirmed');

  // „Zurückgeben“ without a note: the error summary takes the focus; with a note (Space), the status line.
  await page.goto(`/review/${assessments[1]}`);
  await expect(page.getByRole('region', { name: 'Vorschlag' })).toContainText('Petra Vorschlag schlägt vor: Ablehnen');
  const giveBack = page.getByRole('button', { name: 'Zurückgeben' });
  await tabTo(page, giveBack, { max: 40 });
  await page.keyboard.press('Enter');
  await expectFocusOn(page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben' }));
  await tabTo(page, page.getByLabel('Notiz zur Rückgabe'), { max: 5 });
  await page.keyboard.type('Bitte die Begründung zu Standard 4 ergänzen.');
  await tabTo(page, giveBack, { max: 3 });
  await page.keyboard.press('Space');
  await expectFocusedStatus(page, 'Der Vorschlag wurde zurückgegeben.');
  await expect(giveBack).toHaveCount(0);
  await expect(page.getByTestId('assessment-status')).toHaveText('In Prüfung');
  await expect(page.getByText('Zurückgegeben von Zora Zweitprüfung: Bitte die Begründung zu Standard 4 ergänzen.')).toBeVisible();
  await focusScreenshots(page, 'proposal-returned');
});

test.describe('catalogue', () => {
  // Publishing a version must not run into another spec's draft: one at a time (fixtures.ts).
  holdCatalogueLock();

  test('applicant: adopts the new catalogue version through the dialog — the status line takes the focus, keyboard only', async ({ page }) => {
    test.setTimeout(120_000);
    const { applicant } = await createOrganisation({ applicantName: 'Kai Katalog' });
    const project = await createTestProject({ actor: applicant, input: { title: `Tastatur-Katalog ${Date.now()}` } });
    // A newer version than the draft's: standard 1 with a sentence added.
    const text1 = await withDatabase(async (client) => {
      const { rows } = await client.query<{ text: string }>(
        `SELECT s."text" FROM "CatalogueVersion" v JOIN "Standard" s ON s."versionId" = v."id" AND s."key" = 'std-01' WHERE v."status" = 'PUBLISHED' ORDER BY v."number" DESC LIMIT 1`,
      );
      return rows[0]!.text;
    });
    const { admin } = await demoActors();
    const { number } = await publishChangedCatalogue({ admin, changes: { 'std-01': { text: `${text1} Stand der Tastaturprüfung ${Date.now()}.` } }, changeNote: 'Standard 1 ergänzt (Tastaturprüfung)' });
    await openAssessment(page, applicant, project.id);

    const notice = page.getByRole('region', { name: 'Eine neue Fassung des Standardkatalogs ist veröffentlicht' });
    const adopt = notice.getByRole('button', { name: 'Übernehmen' });
    await tabTo(page, adopt, { max: 40 });
    await confirmThroughDialog(page, { trigger: adopt, title: `Katalogversion ${number} übernehmen?`, confirm: 'Ja, übernehmen' });
    await expectFocusedStatus(page, `Ihre Fassung verwendet jetzt Katalogversion ${number}.`);
    await expect(notice).toHaveCount(0);
    await focusScreenshots(page, 'catalogue-adopted');
  });
});
