import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, signIn, DEMO, DEMO_PASSWORD, withDatabase } from './support/fixtures';
import { actorFor, completeDraft, demoApplicant, seedProject } from './support/factories';
import { submitAssessment } from '@/lib/assessments/submit-assessment';
import { addComment } from '@/lib/review/add-comment';
import { decideAssessment } from '@/lib/review/decide-assessment';
import { setVerdict } from '@/lib/review/set-verdict';
import { takeAssessment } from '@/lib/review/take-assessment';
import { pdfText } from '@/tests/support/pdf-text';

// Review pages and the PDF's text extraction take a while on a shared machine.
test.describe.configure({ timeout: 180_000 });

const INTERNAL = 'PDF-INTERN-4b2d: nur für die Prüfung';
const PUBLIC = 'Bitte die Sprachkurse im PDF genauer beschreiben.';
const REASON = 'Standard 9 bitte ergänzen (PDF-Test).';

/** Clicks the link, waits for the download, and returns its file name and text as a PDF reader extracts it. */
async function download(page: Page, link: ReturnType<Page['getByTestId']>) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const bytes = new Uint8Array(await readFile((await file.path())!));
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  const { text } = await pdfText(bytes);
  return { fileName: file.suggestedFilename(), text: text.replace(/\s+/g, ' ') };
}

test('„Als PDF herunterladen“ on the review page (officers’ copy) and on the applicant’s overview (no internal note)', async ({ page, signedInAs, browser }) => {
  const applicant = await demoApplicant();
  const officer = await actorFor(DEMO.OFFICER.email);
  const project = await seedProject({ title: 'PDF-Projekt Börde' });
  await completeDraft({ actor: applicant, projectId: project.id });
  await submitAssessment({ projectId: project.id, actor: applicant });
  const assessmentId = await withDatabase(async (client) => (await client.query<{ id: string }>('SELECT "id" FROM "Assessment" WHERE "projectId" = $1', [project.id])).rows[0]!.id);
  await takeAssessment({ assessmentId, actor: officer });
  await addComment({ assessmentId, actor: officer, input: { standardKey: 'std-09', body: PUBLIC, internal: false } });
  await addComment({ assessmentId, actor: officer, input: { standardKey: 'std-09', body: INTERNAL, internal: true } });
  await setVerdict({ assessmentId, actor: officer, input: { standardKey: 'std-09', verdict: 'NEEDS_REVISION' } });
  await decideAssessment({ assessmentId, actor: officer, input: { kind: 'CHANGES_REQUESTED', reason: REASON, dueDate: null } });

  // The officer: the review page of revision 1.
  await signedInAs('OFFICER');
  await page.goto(`/review/${assessmentId}`);
  const officerLink = page.getByRole('link', { name: 'Als PDF herunterladen', exact: true });
  await expect(officerLink).toBeVisible();
  await expect(page.getByText('die Fassung für Förderreferent/innen, mit internen Notizen')).toBeVisible();
  await expectAccessible(page);
  const forOfficer = await download(page, page.getByTestId('pdf-download'));
  expect(forOfficer.fileName).toBe('Selbstbewertung-PDF-Projekt-Börde-Fassung-1.pdf');
  for (const expected of ['Projekt, wie eingereicht', 'Standard 22', PUBLIC, INTERNAL, 'Interne Notiz', REASON, 'Seite 1 von']) expect(forOfficer.text).toContain(expected);

  // The applicant: the overview (now on the new draft, revision 2) and revision 1 from the list.
  const applicantPage = await (await browser.newContext()).newPage();
  await signIn(applicantPage, DEMO.APPLICANT.email, DEMO_PASSWORD);
  await applicantPage.waitForURL('**/projects');
  await applicantPage.goto(`/projects/${project.id}/assessment?revision=1`);
  await expect(applicantPage.getByRole('link', { name: 'Als PDF herunterladen', exact: true })).toBeVisible();
  await expect(applicantPage.getByRole('link', { name: 'Fassung 2 als PDF herunterladen' })).toBeVisible();
  await expectAccessible(applicantPage);
  const forApplicant = await download(applicantPage, applicantPage.getByTestId('pdf-download'));
  expect(forApplicant.fileName).toBe('Selbstbewertung-PDF-Projekt-Börde-Fassung-1.pdf');
  for (const expected of ['Projekt, wie eingereicht', 'Standard 22', PUBLIC, REASON, 'Prüfergebnis: Überarbeitung nötig']) expect(forApplicant.text).toContain(expected);
  expect(forApplicant.text).not.toContain(INTERNAL);
  expect(forApplicant.text).not.toContain('Interne Notiz');
  // The draft from the revision list: „Entwurf, nicht eingereicht“ on every page.
  const draft = await download(applicantPage, applicantPage.getByTestId('revision-pdf-2'));
  expect(draft.fileName).toBe('Selbstbewertung-PDF-Projekt-Börde-Fassung-2.pdf');
  // The catalogue version is whichever is newest when the draft was opened (other specs publish versions).
  expect(draft.text).toMatch(/Fassung 2 · Katalogversion \d+ · Entwurf, nicht eingereicht/);

  if (process.env.PDF_SCREENSHOTS) {
    for (const width of [1280, 320]) {
      await applicantPage.setViewportSize({ width, height: 900 });
      await applicantPage.screenshot({ path: `${process.env.PDF_SCREENSHOTS}/applicant-${width}.png` });
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${process.env.PDF_SCREENSHOTS}/review-${width}.png` });
    }
  }
});
