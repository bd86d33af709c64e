import type { Browser, Page } from '@playwright/test';
import { test, expect, expectAccessible, signIn, DEMO, DEMO_PASSWORD, FOUR_EYES_LOCK, withDatabase, withSuiteLock } from './support/fixtures';
import { PASSWORD, completeDraft, createOrganisation, createTestProject, type TestUser } from './support/factories';

// Review pages carry up to 8 standards with verdicts and threads: axe needs a while on them.
test.describe.configure({ timeout: 240_000 });

const standard = (page: Page, key: string) => page.locator(`section#${key}`);
const INTERNAL_MARKER = 'INTERN-7f3a: nur für die Prüfung';

async function signedInPage(browser: Browser, user: { email: string; password: string; home: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user.email, user.password);
  await page.waitForURL(`**${user.home}`);
  return page;
}

async function comment(page: Page, key: string, text: string, { internal = false } = {}) {
  const section = standard(page, key);
  await section.getByLabel('Kommentar', { exact: true }).fill(text);
  if (internal) await section.getByLabel(/Interne Notiz/).check();
  await section.getByRole('button', { name: 'Kommentieren' }).click();
  // The new comment is shown and has the focus.
  await expect(section.getByText(text, { exact: true })).toBeVisible();
  await expect(section.locator('li:focus')).toContainText(text);
}

async function verdict(page: Page, key: string, label: 'In Ordnung' | 'Überarbeitung nötig') {
  const control = page.getByTestId(`verdict-${key}`);
  await control.getByLabel(label).check();
  await expect(control.getByRole('status')).toHaveText('Prüfergebnis gespeichert.');
}

async function decide(page: Page, kind: 'Überarbeitung anfordern' | 'Annehmen', reason: string) {
  await page.getByRole('radio', { name: kind }).check();
  await page.getByLabel('Begründung').fill(reason);
  await page.getByTestId('decision-submit').click();
  const dialog = page.getByRole('dialog', { name: 'Entscheidung endgültig speichern?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Endgültig speichern' }).click();
  await expect(page.getByTestId('decision-summary')).toBeVisible();
}

test('submit → take, verdicts, comments, internal note, request revision → reply, revise, resubmit → diff, only changed → accept', async ({ browser }) => {
  // Arranged: an organisation of its own (its bell and mails count only this journey) with a
  // complete draft (22 answers through the domain functions).
  const { applicant: applicantUser }: { applicant: TestUser } = await createOrganisation({ name: 'Reise-Träger e. V.' });
  const project = await createTestProject({ actor: applicantUser });
  await completeDraft({ actor: applicantUser, projectId: project.id });

  // The applicant submits.
  const applicant = await signedInPage(browser, { email: applicantUser.email, password: PASSWORD, home: '/projects' });
  await applicant.goto(`/projects/${project.id}/assessment`);
  await applicant.getByRole('button', { name: 'Einreichen' }).click();
  await applicant.getByRole('dialog').getByRole('button', { name: 'Ja, einreichen' }).click();
  await expect(applicant.getByTestId('assessment-status')).toHaveText('Eingereicht');
  const assessmentId = await withDatabase(async (client) => (await client.query<{ id: string }>('SELECT "id" FROM "Assessment" WHERE "projectId" = $1', [project.id])).rows[0]!.id);

  // The officer takes it.
  const officer = await signedInPage(browser, { email: DEMO.OFFICER.email, password: DEMO_PASSWORD, home: DEMO.OFFICER.home });
  await officer.goto(`/review/${assessmentId}`);
  await expect(officer.getByRole('heading', { level: 1 })).toHaveText(`Prüfung: ${project.title}`);
  await expect(officer.getByRole('heading', { name: 'Projekt, wie eingereicht' })).toBeVisible();
  await expectAccessible(officer);
  await officer.getByTestId('take').click();
  await expect(officer.getByTestId('assessment-status')).toHaveText('In Prüfung');
  await expect(officer.getByTestId('assignee')).toContainText(DEMO.OFFICER.name);
  await expect(officer.getByText('Für „Überarbeitung anfordern“ markieren Sie mindestens einen Standard')).toBeVisible();
  await expectAccessible(officer);

  // Verdicts and comments on two standards of the first phase, and an internal note.
  await officer.getByTestId('review-phase-GENERAL').click();
  await expect(officer).toHaveURL(`/review/${assessmentId}/general`);
  await verdict(officer, 'std-01', 'In Ordnung');
  await verdict(officer, 'std-02', 'Überarbeitung nötig');
  await verdict(officer, 'std-05', 'Überarbeitung nötig');
  await comment(officer, 'std-02', 'Bitte beschreiben Sie die Sprachkurse genauer.');
  await comment(officer, 'std-05', 'Welche Partner sind beteiligt?');
  await comment(officer, 'std-05', INTERNAL_MARKER, { internal: true });
  await expect(standard(officer, 'std-05').getByText('Interne Notiz', { exact: true })).toBeVisible();
  await expectAccessible(officer);

  // „Überarbeitung anfordern“ with a reason.
  await officer.goto(`/review/${assessmentId}`);
  await expect(officer.getByTestId('needs-revision-count')).toHaveText('2 Standards mit „Überarbeitung nötig“');
  await decide(officer, 'Überarbeitung anfordern', 'Standards 2 und 5 sind noch zu allgemein.');
  await expect(officer.getByTestId('assessment-status')).toHaveText('Überarbeitung angefordert');
  await expectAccessible(officer);

  // The applicant sees the decision, the count, the verdicts and the comments — never the internal note —
  // and the bell counts what happened: two public comments and the decision.
  await applicant.goto(`/projects/${project.id}/assessment`);
  await expect(applicant.getByTestId('notification-bell')).toHaveAccessibleName('Benachrichtigungen, 3 ungelesen');
  await expect(applicant.getByTestId('assessment-status')).toHaveText('Überarbeitung angefordert');
  await expect(applicant.getByTestId('decision-summary')).toContainText('Standards 2 und 5 sind noch zu allgemein.');
  await expect(applicant.getByTestId('needs-revision')).toContainText('2 Standards brauchen eine Überarbeitung');
  await expectAccessible(applicant);
  await applicant.goto(`/projects/${project.id}`);
  await expect(applicant.getByTestId('decision-summary')).toContainText('Standards 2 und 5 sind noch zu allgemein.');
  await applicant.goto(`/projects/${project.id}/assessment`);
  await expectAccessible(applicant);
  await applicant.getByRole('link', { name: 'Nur „Überarbeitung nötig“' }).click();
  await expect(applicant).toHaveURL(`/projects/${project.id}/assessment/general?needsRevision=1`);
  await expect(standard(applicant, 'std-01')).toHaveCount(0);
  await expect(applicant.getByTestId('verdict-badge-std-02')).toHaveText('Überarbeitung nötig');
  await expect(standard(applicant, 'std-02').getByText('Bitte beschreiben Sie die Sprachkurse genauer.')).toBeVisible();
  expect(await applicant.content()).not.toContain('INTERN-7f3a');
  await expectAccessible(applicant);

  // The applicant replies and changes the two answers in the new draft revision, then submits again.
  await comment(applicant, 'std-02', 'Wir ergänzen die Kursdauer.');
  for (const [key, text] of [
    ['std-02', 'Sprachkurse B1 mit 600 Stunden vor der Einreise.'],
    ['std-05', 'Partner: IHK Magdeburg und Welcome Center Sachsen-Anhalt.'],
  ] as const) {
    await standard(applicant, key).getByLabel('Umsetzung / Begründung').fill(text);
    await expect(standard(applicant, key).getByTestId('save-status')).toHaveText(/^Gespeichert /);
  }
  await applicant.goto(`/projects/${project.id}/assessment`);
  await applicant.getByRole('button', { name: 'Einreichen' }).click();
  await applicant.getByRole('dialog').getByRole('button', { name: 'Ja, einreichen' }).click();
  await expect(applicant.getByTestId('assessment-status')).toHaveText('Eingereicht');

  // The officer sees revision 2 with the diff, filters to the changed standards and accepts.
  await officer.goto(`/review/${assessmentId}`);
  await officer.getByTestId('take').click();
  await expect(officer.getByTestId('assessment-status')).toHaveText('In Prüfung');
  await officer.getByTestId('review-phase-GENERAL').click();
  await expect(officer.getByTestId('changed-count')).toHaveText('2 Standards geändert seit Fassung 1');
  await officer.getByTestId('only-changed').click();
  await expect(officer).toHaveURL(`/review/${assessmentId}/general?changed=1`);
  await expect(standard(officer, 'std-01')).toHaveCount(0);
  const diff = standard(officer, 'std-02').getByTestId('answer-diff');
  await expect(diff.locator('ins')).toContainText(['Sprachkurse']);
  await expect(standard(officer, 'std-02').getByText('Prüfergebnis in Fassung 1: Überarbeitung nötig')).toBeVisible();
  await expect(standard(officer, 'std-02').getByText('Wir ergänzen die Kursdauer.')).toBeVisible();
  await expect(standard(officer, 'std-05').getByText(INTERNAL_MARKER)).toBeVisible();
  await expectAccessible(officer);
  await officer.goto(`/review/${assessmentId}`);
  // „Annehmen“ is decided at once only while the four-eyes rule is off: no other test switches it on meanwhile.
  await withSuiteLock(FOUR_EYES_LOCK, () => decide(officer, 'Annehmen', ''));
  await expect(officer.getByTestId('assessment-status')).toHaveText('Angenommen');
  await expect(officer.getByTestId('history')).toContainText('Interne Notiz zu Fassung 1');

  // The applicant sees „Angenommen“, read-only, with the history (without the internal note).
  await applicant.goto(`/projects/${project.id}/assessment`);
  await expect(applicant.getByTestId('assessment-status')).toHaveText('Angenommen');
  await expect(applicant.getByTestId('decision-summary')).toContainText('Angenommen');
  await expect(applicant.getByTestId('history')).toContainText('Fassung 2 eingereicht');
  await expect(applicant.getByTestId('history')).not.toContainText('Interne Notiz');
  await expectAccessible(applicant);

  // The mail log holds the applicant's mails of the review, in order.
  const subjects = await withDatabase(async (client) =>
    (await client.query<{ subject: string }>('SELECT "subject" FROM "Mail" WHERE "to" = $1 AND "subject" LIKE $2 ORDER BY "createdAt", "subject"', [applicantUser.email, `%${project.title}`])).rows.map((row) => row.subject),
  );
  expect(subjects).toEqual([
    `Neuer Kommentar: ${project.title}`,
    `Neuer Kommentar: ${project.title}`,
    `Entscheidung zu Ihrer Selbstbewertung: ${project.title}`,
    `Entscheidung zu Ihrer Selbstbewertung: ${project.title}`,
  ]);
});
