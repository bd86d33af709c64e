import type { Locator, Page } from '@playwright/test';
import { PASSWORD, completeDraft, createOrganisation, createSubmittedRevision, createTestProject } from './support/factories';
import { test, expect, holdCatalogueLock, DEMO, DEMO_PASSWORD, withDatabase } from './support/fixtures';
import { confirmThroughDialog, expectAnnounced, expectFocusInDialog, expectFocusOn, expectTabStaysInDialog, focusScreenshots, signInByKeyboard, tabTo } from './support/keyboard';

/**
 * One journey per role with the keyboard alone (issue 11): Tab / Shift+Tab, Enter, Space, arrow
 * keys, Escape and typing — never a click. Every element reached shows its focus; every action
 * says what happened in a live region; dialogs take the focus and give it back; a failed
 * submit moves the focus to what is wrong. The axe scans of the pages are elsewhere.
 */

const section = (page: Page, key: string) => page.locator(`section#${key}`);
const checkedRadio = (scope: Locator) => scope.locator('input[type="radio"]:checked');

test('applicant: answers a standard per phase, fails to submit, then submits through the dialog — keyboard only', async ({ page }) => {
  test.setTimeout(120_000);
  const { applicant } = await createOrganisation({ applicantName: 'Tara Tastatur' });
  const project = await createTestProject({ actor: applicant, input: { title: `Tastatur-Projekt ${Date.now()}` } });
  // One standard per phase stays open for the journey; the other 19 are answered already.
  await completeDraft({ actor: applicant, projectId: project.id, except: ['std-01', 'std-07', 'std-15'] });
  await signInByKeyboard(page, applicant.email, PASSWORD);
  await page.waitForURL('**/projects');

  // The skip link is the first stop of a page, visible when focused, and leads into the content.
  await page.goto('/projects');
  const skipLink = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await tabTo(page, skipLink, { max: 1 });
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();

  await tabTo(page, page.getByRole('link', { name: project.title }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: project.title })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Selbstbewertung', exact: true }).first());
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('progress-overall')).toHaveText('19 von 22 Standards vollständig beantwortet');

  // „Einreichen“ too early: the message is announced and the focus moves to what is missing.
  const submit = page.getByRole('button', { name: 'Einreichen' });
  await tabTo(page, submit);
  await page.keyboard.press('Enter');
  await expectAnnounced(page, 'Einreichen ist erst möglich, wenn alle Standards vollständig beantwortet sind.');
  const missing = page.locator('#missing-list');
  await expectFocusOn(missing);
  await expect(page.getByTestId('missing-list').getByRole('listitem')).toHaveCount(3);

  // The list's first item leads to standard 1's status.
  await tabTo(page, page.getByRole('link', { name: /^Standard 1:/ }), { max: 3 });
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/assessment\/general\?missing=1#std-01-status$/);
  const std01 = section(page, 'std-01');
  // From „Offen“ one arrow key to „Erfüllt“ (an arrow checks the radio it moves to).
  await tabTo(page, checkedRadio(std01));
  await expect(checkedRadio(std01)).toHaveAccessibleName('Offen');
  await page.keyboard.press('ArrowRight');
  await expectFocusOn(std01.getByRole('radio', { name: 'Erfüllt', exact: true }));
  await focusScreenshots(page, 'applicant-radio');
  await expect(std01.getByRole('radio', { name: 'Erfüllt', exact: true })).toBeChecked();
  await tabTo(page, std01.getByLabel('Umsetzung / Begründung'), { max: 1 });
  await page.keyboard.type('Beratung in der Landessprache vor der Einreise.');
  await expectAnnounced(std01, /^Gespeichert \d/);

  // On to Phase I by the pager at the bottom (it saves what is pending first).
  await tabTo(page, page.getByTestId('phase-next'), { max: 150 });
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/assessment\/phase-1$/);
  const std07 = section(page, 'std-07');
  await tabTo(page, checkedRadio(std07), { max: 80 });
  // „Teilweise erfüllt“ (two to the right) needs planned measures and a target date too.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(std07.getByRole('radio', { name: 'Teilweise erfüllt' })).toBeChecked();
  await tabTo(page, std07.getByLabel('Umsetzung / Begründung'), { max: 1 });
  await page.keyboard.type('Ein Teil der Betriebe bietet die Unterkunft an.');
  await tabTo(page, std07.getByLabel('Geplante Maßnahmen'), { max: 1 });
  await page.keyboard.type('Weitere Betriebe werden angesprochen.');
  await tabTo(page, std07.getByLabel('Zieldatum'), { max: 1 });
  // Day and month alike: the same date whichever order the browser's date field asks for.
  await page.keyboard.type('12122027');
  await expect(std07.getByLabel('Zieldatum')).toHaveValue('2027-12-12');
  await expectAnnounced(std07, /^Gespeichert \d/);
  await expect(page.getByTestId('completeness-std-07')).toHaveText('Vollständig');

  await tabTo(page, page.getByTestId('phase-next'), { max: 150 });
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/assessment\/phase-2$/);
  const std15 = section(page, 'std-15');
  await tabTo(page, checkedRadio(std15), { max: 80 });
  // From „Offen“ the left arrow wraps round to the last choice, „Nicht zutreffend“.
  await page.keyboard.press('ArrowLeft');
  await expect(std15.getByRole('radio', { name: 'Nicht zutreffend' })).toBeChecked();
  await tabTo(page, std15.getByLabel('Umsetzung / Begründung'), { max: 1 });
  await page.keyboard.type('Das Projekt wirbt keine Auszubildenden an.');
  await expectAnnounced(std15, /^Gespeichert \d/);

  await tabTo(page, page.getByTestId('phase-overview'), { max: 150 });
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/assessment$/);
  await expect(page.getByTestId('progress-overall')).toHaveText('22 von 22 Standards vollständig beantwortet');

  // The dialog takes the focus; Tab stays inside it; „Abbrechen“ gives the focus back to „Einreichen“.
  await tabTo(page, submit);
  await page.keyboard.press('Enter');
  const title = 'Selbstbewertung einreichen?';
  const dialog = await expectFocusInDialog(page, title);
  const confirm = dialog.getByRole('button', { name: 'Ja, einreichen' });
  await expectFocusOn(confirm);
  await focusScreenshots(page, 'applicant-dialog');
  await tabTo(page, dialog.getByRole('button', { name: 'Abbrechen' }), { max: 1 });
  await expectTabStaysInDialog(page, dialog, confirm);
  await tabTo(page, dialog.getByRole('button', { name: 'Abbrechen' }), { max: 1 });
  await page.keyboard.press('Space');
  await expect(dialog).toBeHidden();
  await expectFocusOn(submit);
  // Escape gives it back too; then „Ja, einreichen“.
  await confirmThroughDialog(page, { trigger: submit, title, confirm: 'Ja, einreichen' });

  // Submitted: said in the status line, which takes the focus (the button is gone).
  await expect(page.getByTestId('assessment-status')).toHaveText('Eingereicht');
  await expectAnnounced(page, 'Die Selbstbewertung wurde eingereicht.');
  await expectFocusOn(page.getByRole('status').filter({ hasText: 'Die Selbstbewertung wurde eingereicht.' }));
  await focusScreenshots(page, 'applicant-submitted');
  await expect(submit).toHaveCount(0);
});

test('officer: takes a submission, sets verdicts, comments, writes an internal note and requests changes — keyboard only', async ({ page }) => {
  test.setTimeout(120_000);
  const { applicant } = await createOrganisation();
  const project = await createTestProject({ actor: applicant, input: { title: `Tastatur-Prüfung ${Date.now()}` } });
  await createSubmittedRevision({ actor: applicant, projectId: project.id });
  await signInByKeyboard(page, DEMO.OFFICER.email, DEMO_PASSWORD);
  await page.waitForURL(`**${DEMO.OFFICER.home}`);

  // The queue's free-text filter finds the project; Enter sends the filter form.
  await tabTo(page, page.getByLabel('Suche', { exact: true }));
  await page.keyboard.type(project.title);
  await page.keyboard.press('Enter');
  await page.waitForURL(/[?&]q=/);
  await tabTo(page, page.getByRole('link', { name: project.title }));
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/review\/[^/?]+$/);

  // „Übernehmen“: the button goes, the status line says so and takes the focus.
  await tabTo(page, page.getByRole('button', { name: 'Übernehmen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('assessment-status')).toHaveText('In Prüfung');
  await expectAnnounced(page, 'Sie prüfen diese Fassung.');
  await expectFocusOn(page.getByRole('status').filter({ hasText: 'Sie prüfen diese Fassung.' }));

  await tabTo(page, page.getByTestId('review-phase-GENERAL'));
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/general$/);

  // Verdicts: Space checks „In Ordnung“, an arrow key moves to „Überarbeitung nötig“; each is saved at once and said.
  const verdict1 = page.getByTestId('verdict-std-01');
  await tabTo(page, verdict1.getByRole('radio', { name: 'In Ordnung' }), { max: 80 });
  await page.keyboard.press('Space');
  await expectAnnounced(verdict1, 'Prüfergebnis gespeichert.');
  await expectFocusOn(verdict1.getByRole('radio', { name: 'In Ordnung' }));
  await expect(verdict1.getByRole('radio', { name: 'In Ordnung' })).toBeChecked();

  const verdict2 = page.getByTestId('verdict-std-02');
  await tabTo(page, verdict2.getByRole('radio', { name: 'In Ordnung' }), { max: 40 });
  await page.keyboard.press('ArrowRight');
  await expectAnnounced(verdict2, 'Prüfergebnis gespeichert.');
  await expectFocusOn(verdict2.getByRole('radio', { name: 'Überarbeitung nötig' }));
  await expect(verdict2.getByRole('radio', { name: 'Überarbeitung nötig' })).toBeChecked();

  // „Kommentieren“: the focus moves to the new comment.
  const thread = page.locator('section[aria-labelledby="comment-std-02-heading"]');
  const commentText = `Bitte nennen Sie die Ansprechperson (${Date.now()}).`;
  await tabTo(page, thread.getByLabel('Kommentar', { exact: true }), { max: 10 });
  await page.keyboard.type(commentText);
  await tabTo(page, thread.getByRole('button', { name: 'Kommentieren' }), { max: 2 });
  await page.keyboard.press('Enter');
  const comment = thread.getByRole('listitem').filter({ hasText: commentText });
  await expectFocusOn(comment);
  await focusScreenshots(page, 'officer-comment');

  // An internal note: the box checked with Space.
  const noteText = `Rückfrage beim Träger geplant (${Date.now()}).`;
  await tabTo(page, thread.getByLabel('Kommentar', { exact: true }), { max: 10 });
  await page.keyboard.type(noteText);
  const internal = thread.getByRole('checkbox', { name: /Interne Notiz/ });
  await tabTo(page, internal, { max: 1 });
  await page.keyboard.press('Space');
  await expect(internal).toBeChecked();
  await tabTo(page, thread.getByRole('button', { name: 'Kommentieren' }), { max: 1 });
  await page.keyboard.press('Enter');
  const note = thread.getByRole('listitem').filter({ hasText: noteText });
  await expectFocusOn(note);
  await expect(note).toContainText('Interne Notiz');

  // Back to the overview (Shift+Tab up to its link) and decide.
  await tabTo(page, page.getByRole('navigation', { name: 'Übersicht' }).getByRole('link', { name: 'Übersicht' }), { reverse: true, max: 80 });
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/review\/[^/?]+$/);
  await expect(page.getByTestId('needs-revision-count')).toHaveText('1 Standard mit „Überarbeitung nötig“');

  // Without a choice the form refuses: the focus moves to the error summary.
  const decide = page.getByTestId('decision-submit');
  await tabTo(page, decide, { max: 40 });
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben' });
  await expectFocusOn(summary);
  await expectAnnounced(page, 'Ihre Entscheidung');

  await tabTo(page, page.getByRole('radio', { name: 'Überarbeitung anfordern' }), { max: 5 });
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Überarbeitung anfordern' })).toBeChecked();
  await tabTo(page, page.getByLabel('Begründung', { exact: true }), { max: 1 });
  await page.keyboard.type('Standard 2: Bitte die Ansprechperson vor Ort nennen.');
  await tabTo(page, decide, { max: 5 });
  await confirmThroughDialog(page, { trigger: decide, title: 'Entscheidung endgültig speichern?', confirm: 'Endgültig speichern' });

  await expect(page.getByTestId('assessment-status')).toHaveText('Überarbeitung angefordert');
  await expectAnnounced(page, 'Entscheidung: Überarbeitung angefordert');
  await expectFocusOn(page.getByRole('status').filter({ hasText: 'Entscheidung: Überarbeitung angefordert' }));
  await expect(page.getByTestId('decision-summary')).toContainText('Standard 2: Bitte die Ansprechperson vor Ort nennen.');
});

test.describe('admin', () => {
  // A publication must not run into another spec's draft (admin-catalogue.spec.ts): one at a time.
  holdCatalogueLock();

  test('admin: drafts a catalogue version, edits a standard, publishes through the dialog — keyboard only', async ({ page }) => {
    test.setTimeout(120_000);
    const newest = await withDatabase(async (client) => {
      const { rows } = await client.query<{ number: number }>(`SELECT max("number") AS "number" FROM "CatalogueVersion" WHERE "status" = 'PUBLISHED'`);
      return rows[0]!.number;
    });
    const draftNumber = newest + 1;
    await signInByKeyboard(page, DEMO.ADMIN.email, DEMO_PASSWORD);
    await page.waitForURL(`**${DEMO.ADMIN.home}`);

    await tabTo(page, page.getByRole('main').getByRole('link', { name: 'Standardkatalog' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/admin\/catalogue$/);
    await tabTo(page, page.getByRole('button', { name: 'Entwurf anlegen' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: `Entwurf: Katalogversion ${draftNumber}` })).toBeVisible();

    // Standard 1's German text, one sentence added at its end.
    await tabTo(page, page.getByRole('link', { name: 'Standard 1 bearbeiten' }), { max: 40 });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Standard 1 bearbeiten' })).toBeVisible();
    const text = page.getByRole('group', { name: 'Deutsch (verbindlich)' }).getByLabel('Standard', { exact: true });
    await tabTo(page, text, { max: 40 });
    await page.keyboard.press('Control+End');
    const added = ` Stand der Tastaturprüfung ${Date.now()}.`;
    await page.keyboard.type(added);
    await expect(page.getByTestId('standard-preview').locator('article').first()).toContainText(added.trim());
    await expectAnnounced(page.getByTestId('standard-save-status').locator('..'), 'Nicht gespeichert');
    const save = page.getByRole('button', { name: 'Speichern' });
    await tabTo(page, save, { max: 10 });
    await page.keyboard.press('Enter');
    await expectAnnounced(page, /Gespeichert um \d/);
    await expectFocusOn(save);
    await focusScreenshots(page, 'admin-save');

    await tabTo(page, page.getByRole('link', { name: `Zurück zum Entwurf (Katalogversion ${draftNumber})` }), { reverse: true, max: 40 });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: `Entwurf: Katalogversion ${draftNumber}` })).toBeVisible();
    await tabTo(page, page.getByRole('link', { name: 'Änderungen prüfen und veröffentlichen' }), { max: 20 });
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('catalogue-diff-counts')).toHaveText('0 neu · 1 geändert · 0 entfällt · 21 unverändert');

    // Without a change note: the error summary takes the focus.
    const publish = page.getByRole('button', { name: 'Veröffentlichen' });
    await tabTo(page, publish, { max: 150 });
    await page.keyboard.press('Enter');
    await expectFocusOn(page.getByRole('alert').filter({ hasText: 'Die Katalogversion konnte nicht veröffentlicht werden' }));
    await expectAnnounced(page, 'Bitte geben Sie einen Änderungshinweis ein');

    await tabTo(page, page.getByLabel('Änderungshinweis'), { max: 5 });
    await page.keyboard.type('Standard 1 ergänzt (Tastaturprüfung)');
    await tabTo(page, publish, { max: 2 });
    await confirmThroughDialog(page, { trigger: publish, title: `Katalogversion ${draftNumber} veröffentlichen?`, confirm: 'Veröffentlichen' });

    await page.waitForURL(`**/admin/catalogue?published=${draftNumber}`);
    const notice = page.getByTestId('published-notice');
    await expectAnnounced(page, `Katalogversion ${draftNumber} ist veröffentlicht.`);
    await expectFocusOn(notice);
    await expect(page.getByTestId(`version-${draftNumber}`)).toContainText('Standard 1 ergänzt (Tastaturprüfung)');
  });
});
