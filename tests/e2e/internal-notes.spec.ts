import { test, expect, signIn, DEMO, DEMO_PASSWORD, withDatabase } from './support/fixtures';
import { actorFor, completeDraft, demoApplicant, seedProject } from './support/factories';
import { submitAssessment } from '@/lib/assessments/submit-assessment';
import { addComment } from '@/lib/review/add-comment';
import { decideAssessment } from '@/lib/review/decide-assessment';
import { setVerdict } from '@/lib/review/set-verdict';
import { takeAssessment } from '@/lib/review/take-assessment';

test.describe.configure({ timeout: 120_000 });

const MARKER = 'GEHEIM-MARKER-9c1e';

/**
 * Internal notes never reach an applicant: with a note carrying a marker on a standard of every
 * phase, nothing the applicant can load — every page of the project and its self-assessment
 * as HTML and as the RSC payload of a client navigation, the JSON of /api/me, their
 * notifications and the mails sent to them — contains the marker. The officer does see it.
 */
test('no page, payload, API response, notification or mail carries an internal note to the applicant', async ({ page }) => {
  const applicantActor = await demoApplicant();
  const officerActor = await actorFor(DEMO.OFFICER.email);
  const project = await seedProject();
  await completeDraft({ actor: applicantActor, projectId: project.id });
  await submitAssessment({ projectId: project.id, actor: applicantActor });
  const assessmentId = await withDatabase(async (client) => (await client.query<{ id: string }>('SELECT "id" FROM "Assessment" WHERE "projectId" = $1', [project.id])).rows[0]!.id);
  await takeAssessment({ assessmentId, actor: officerActor });
  for (const standardKey of ['std-01', 'std-09', 'std-18']) {
    await addComment({ assessmentId, actor: officerActor, input: { standardKey, body: `${MARKER} zu ${standardKey}`, internal: true } });
    await addComment({ assessmentId, actor: officerActor, input: { standardKey, body: `Öffentlich zu ${standardKey}`, internal: false } });
  }
  await setVerdict({ assessmentId, actor: officerActor, input: { standardKey: 'std-09', verdict: 'NEEDS_REVISION' } });
  await decideAssessment({ assessmentId, actor: officerActor, input: { kind: 'CHANGES_REQUESTED', reason: 'Bitte Standard 9 ergänzen.', dueDate: null } });

  await signIn(page, DEMO.APPLICANT.email, DEMO_PASSWORD);
  await page.waitForURL('**/projects');
  const paths = [
    '/projects',
    `/projects/${project.id}`,
    `/projects/${project.id}/assessment`,
    `/projects/${project.id}/assessment?revision=1`,
    ...['general', 'phase-1', 'phase-2'].flatMap((slug) => [`/projects/${project.id}/assessment/${slug}`, `/projects/${project.id}/assessment/${slug}?revision=1`]),
    '/api/me',
  ];
  let publicSeen = 0;
  for (const path of paths) {
    for (const headers of [{}, { RSC: '1' }] as Record<string, string>[]) {
      const response = await page.request.get(path, { headers });
      expect(response.status(), path).toBe(200);
      const body = await response.text();
      expect(body, `${path} ${JSON.stringify(headers)}`).not.toContain(MARKER);
      if (body.includes('Öffentlich zu std-')) publicSeen += 1;
    }
  }
  // The test would prove nothing if the threads were not there at all.
  expect(publicSeen).toBeGreaterThanOrEqual(6);

  const { mails, notifications } = await withDatabase(async (client) => ({
    mails: (await client.query<{ subject: string; body: string }>('SELECT "subject", "body" FROM "Mail" WHERE "to" = $1', [DEMO.APPLICANT.email])).rows,
    notifications: (await client.query<{ data: unknown }>('SELECT "data" FROM "Notification" WHERE "userId" = $1', [applicantActor.id])).rows,
  }));
  expect(notifications.length).toBeGreaterThan(0);
  expect(JSON.stringify(mails)).not.toContain(MARKER);
  expect(JSON.stringify(notifications)).not.toContain(MARKER);

  // The officer sees the notes.
  const officer = await (await page.context().browser()!.newContext()).newPage();
  await signIn(officer, DEMO.OFFICER.email, DEMO_PASSWORD);
  await officer.waitForURL('**/review');
  const officerPage = await officer.request.get(`/review/${assessmentId}/phase-1`);
  expect(await officerPage.text()).toContain(MARKER);
});
