import type { Page } from '@playwright/test';
import { changeDraftStandard, completeDraft, createTestUser, demoApplicant, seedProject } from './support/factories';
import { test, expect, expectAccessible, withCatalogueDraftLock, withDatabase } from './support/fixtures';

/** The newest published catalogue version's number and standard 7's text in it. */
async function newestPublished(): Promise<{ number: number; text7: string }> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ number: number; text: string }>(
      `SELECT v."number", s."text" FROM "CatalogueVersion" v JOIN "Standard" s ON s."versionId" = v."id" AND s."key" = 'std-07'
       WHERE v."status" = 'PUBLISHED' ORDER BY v."number" DESC LIMIT 1`,
    );
    return { number: rows[0]!.number, text7: rows[0]!.text };
  });
}

/** The keys of the standards of a topic in the editor's overview, in their order. */
const orderOf = (page: Page, firstKey: string) =>
  page
    .locator('ol', { has: page.getByTestId(`editor-${firstKey}`) })
    .locator('> li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-testid')));

// The administrator's publication and the applicant's adoption are one journey (issue 9): serial,
// and nothing else in the suite publishes a version.
test.describe.configure({ mode: 'serial' });

/** The applicant's project, answered completely on the catalogue version before the publication. */
let openDraft: { id: string; title: string } | undefined;

test('an administrator drafts a catalogue version, changes standard 7, sees the diff, publishes; version 1 stays readable', async ({ page, signedInAs }) => {
  // Six pages with axe scans (the draft's overview lists all 22 standards) on a two-core machine.
  test.setTimeout(240_000);
  // The accessibility spec makes (and discards) a draft too: one at a time.
  await withCatalogueDraftLock(() => draftAndPublish(page, signedInAs));
});

async function draftAndPublish(page: Page, signedInAs: (role: 'ADMIN') => Promise<void>) {
  openDraft = await seedProject();
  await completeDraft({ actor: await demoApplicant(), projectId: openDraft.id });
  const before = await newestPublished();
  const draftNumber = before.number + 1;
  const newText = `Die Ansprache erfolgt transparent und fair (${Date.now()}).\n• Informationen vor der Ausreise`;

  await signedInAs('ADMIN');
  await page.getByRole('link', { name: 'Standardkatalog' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Standardkatalog' })).toBeVisible();
  await expectAccessible(page);

  // „Entwurf anlegen“ opens the draft's overview.
  await page.getByRole('button', { name: 'Entwurf anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Entwurf: Katalogversion ${draftNumber}` })).toBeVisible();
  await expect(page.getByTestId('editor-counts')).toHaveText(`0 neu · 0 geändert · 0 entfällt · 22 unverändert`);
  const draftUrl = page.url();
  await expectAccessible(page);

  // Reorder with the keyboard: standard 2 up and back down; the focus stays on the button used.
  const start = await orderOf(page, 'std-02');
  await page.getByRole('button', { name: 'Standard 2 nach oben verschieben' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => orderOf(page, 'std-02')).toEqual(['editor-std-02', 'editor-std-01', ...start.slice(2)]);
  await expect(page.getByRole('status').filter({ hasText: 'Standard 2 steht jetzt eine Stelle weiter oben.' })).toBeAttached();
  // At the top „Nach oben“ is off: the focus moved to „Nach unten“.
  await expect(page.getByRole('button', { name: 'Standard 2 nach unten verschieben' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => orderOf(page, 'std-02')).toEqual(start);

  // Standard 7: the live preview follows the typing; „Speichern“.
  await page.getByRole('link', { name: 'Standard 7 bearbeiten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Standard 7 bearbeiten' })).toBeVisible();
  const german = page.getByRole('group', { name: 'Deutsch (verbindlich)' });
  await german.getByLabel('Standard', { exact: true }).fill(newText);
  const preview = page.getByTestId('standard-preview').locator('article').first();
  await expect(preview).toContainText('Die Ansprache erfolgt transparent und fair');
  await expect(preview.getByRole('listitem')).toHaveText(['Informationen vor der Ausreise']);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByTestId('standard-save-status')).toContainText('Gespeichert um');
  await expectAccessible(page);

  // Another administrator saves standard 7 meanwhile: this page's next save is refused and shows their text.
  const versionId = draftUrl.split('/').pop()!;
  const other = await createTestUser({ role: 'ADMIN', name: 'Bernd Zweitadmin' });
  await changeDraftStandard({ admin: other, versionId, key: 'std-07', changes: { objective: 'Zielstellung von Bernd.' } });
  await german.getByLabel('Damit verbundene Zielstellung(en)').fill('Zielstellung von Ada.');
  await page.getByRole('button', { name: 'Speichern' }).click();
  const conflict = page.getByTestId('catalogue-conflict');
  await expect(conflict).toContainText('Bernd Zweitadmin hat am');
  await expect(conflict.getByTestId('conflict-theirs')).toContainText('Zielstellung von Bernd.');
  await expect(conflict.getByTestId('conflict-mine')).toContainText('Zielstellung von Ada.');
  await expectAccessible(page);
  // „Gespeicherte Fassung übernehmen“: Bernd's objective stays; the text is Ada's, saved before.
  await conflict.getByRole('button', { name: 'Gespeicherte Fassung übernehmen' }).click();
  await expect(conflict).toBeHidden();
  await expect(german.getByLabel('Damit verbundene Zielstellung(en)')).toHaveValue('Zielstellung von Bernd.');

  // The diff: standard 7 „geändert“, word by word.
  await page.getByRole('link', { name: `Zurück zum Entwurf (Katalogversion ${draftNumber})` }).click();
  await page.getByRole('link', { name: 'Änderungen prüfen und veröffentlichen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Änderungen: Katalogversion ${draftNumber}` })).toBeVisible();
  await expect(page.getByTestId('catalogue-diff-counts')).toHaveText('0 neu · 1 geändert · 0 entfällt · 21 unverändert');
  const diff7 = page.getByTestId('diff-std-07');
  await expect(diff7.getByText('geändert', { exact: true })).toBeVisible();
  await expect(diff7.locator('ins').first()).toBeVisible();
  await expect(diff7.locator('del').first()).toBeVisible();
  await expectAccessible(page);

  // „Veröffentlichen“ needs a change note, then a confirmation.
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Bitte geben Sie einen Änderungshinweis ein');
  await expect(page.getByLabel('Änderungshinweis')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Änderungshinweis').fill('Standard 7 neu gefasst');
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  const dialog = page.getByRole('dialog', { name: `Katalogversion ${draftNumber} veröffentlichen?` });
  await dialog.getByRole('button', { name: 'Veröffentlichen' }).click();
  await page.waitForURL(`**/admin/catalogue?published=${draftNumber}`);
  await expect(page.getByTestId('published-notice')).toHaveText(`Katalogversion ${draftNumber} ist veröffentlicht. Zum Standardkatalog`);
  await expect(page.getByTestId(`version-${draftNumber}`)).toContainText('Standard 7 neu gefasst');
  await expectAccessible(page);

  // The published version's structure and standard pages are read-only.
  await page.goto(`${draftUrl}/standards/std-07`);
  await expect(page.getByRole('heading', { level: 1, name: 'Standard 7' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Speichern' })).toHaveCount(0);
  await expectAccessible(page);

  // /standards: the new version and text; the previous version stays reachable with its text.
  await page.goto('/standards');
  await expect(page.getByTestId('catalogue-version')).toContainText(`Katalogversion ${draftNumber}, veröffentlicht am`);
  await expect(page.locator('article#std-07')).toContainText('Die Ansprache erfolgt transparent und fair');
  await expect(page.locator('article')).toHaveCount(22);
  await page.getByRole('link', { name: new RegExp(`^Katalogversion ${before.number}, veröffentlicht am`) }).click();
  await expect(page).toHaveURL(`/standards?version=${before.number}`);
  await expect(page.getByTestId('catalogue-version')).toContainText(`Katalogversion ${before.number}, veröffentlicht am`);
  await expect(page.getByTestId('older-version-notice')).toContainText(`Aktuell gilt Katalogversion ${draftNumber}.`);
  await expect(page.locator('article#std-07')).toContainText(before.text7.split('\n')[0]!);
  await expect(page.locator('article#std-07')).not.toContainText('Die Ansprache erfolgt transparent und fair');
  await expectAccessible(page);
}

test('an applicant with an open draft sees the new catalogue version, adopts it and confirms the changed standard', async ({ page, signedInAs }) => {
  // Three axe scans and a reload on a 22-standard page: the journeys' budget on this machine.
  test.setTimeout(120_000);
  const project = openDraft!;
  const { number, text7 } = await newestPublished();

  await signedInAs('APPLICANT');
  await page.goto(`/projects/${project.id}/assessment`);
  const notice = page.getByRole('region', { name: 'Eine neue Fassung des Standardkatalogs ist veröffentlicht' });
  await expect(notice).toContainText(`Ihre Selbstbewertung verwendet Katalogversion 1. Seit`);
  await expect(notice).toContainText(`gilt Katalogversion ${number}.`);
  await expect(notice).toContainText('Geändert (1 Standard):');
  await expect(notice).toContainText('Standard 7');
  // The wording's changes, word by word, on demand.
  await notice.getByText('Änderungen im Wortlaut').click();
  const diff = notice.getByTestId('catalogue-diff');
  await expect(diff).toContainText('Standard 7');
  await expect(diff).toContainText('geändert');
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('adoption-notice-1280.png'), fullPage: true });

  await notice.getByRole('button', { name: 'Übernehmen' }).click();
  const dialog = page.getByRole('dialog', { name: `Katalogversion ${number} übernehmen?` });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Ja, übernehmen' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByText(`Katalogversion ${number}`, { exact: false }).first()).toBeVisible();

  await page.goto(`/projects/${project.id}/assessment/phase-1`);
  const standard7 = page.getByRole('region', { name: 'Standard 7' });
  await expect(standard7).toContainText(text7.split('\n')[0]!);
  await expect(standard7.getByTestId('text-changed')).toContainText('Text geändert – bitte prüfen');
  await expect(standard7.getByTestId('completeness-std-07')).toHaveText('Unvollständig');
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 900 });
  await standard7.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('text-changed-320.png') });
  await page.setViewportSize({ width: 1280, height: 900 });

  await standard7.getByRole('button', { name: 'Antwort bestätigen' }).click();
  await expect(standard7.getByTestId('text-changed')).toHaveCount(0);
  await expect(standard7.getByTestId('completeness-std-07')).toHaveText('Vollständig');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Standard 7' }).getByTestId('text-changed')).toHaveCount(0);
});
