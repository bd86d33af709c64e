/**
 * The funding officer's pages (the demo officer): the queue and the review of a submission —
 * waiting, taken, decided and resubmitted, and a four-eyes proposal of another officer.
 * Groups of tests/e2e/accessibility.spec.ts (./kit.ts).
 */
import { saveAnswer } from '@/lib/assessments/save-answer';
import { getAssessmentView } from '@/lib/assessments/get-assessment-view';
import { decideAssessment } from '@/lib/review/decide-assessment';
import { setVerdict } from '@/lib/review/set-verdict';
import { takeAssessment } from '@/lib/review/take-assessment';
import { submitAssessment } from '@/lib/assessments/submit-assessment';
import { COMPLETE_ANSWER, createSubmittedRevision, createTestProject, createTestUser, demoActors, proposeDecision, type TestUser } from '../factories';
import { assessmentIdOf, main, pressUntil, showsHeading, submitEmpty, type A11yGroup } from './kit';

/** A submitted revision of a new applicant's project: its assessment's id. */
async function submittedAssessment(applicant: TestUser): Promise<string> {
  const project = await createTestProject({ actor: applicant });
  await createSubmittedRevision({ actor: applicant, projectId: project.id });
  return assessmentIdOf(project.id);
}

/** The queue, a waiting submission, another officer's proposal, the dashboard, and the officer's own pages. */
export const OFFICER_QUEUE: A11yGroup = {
  name: 'funding officer: queue, waiting submission, four-eyes proposal',
  as: 'OFFICER',
  arrange: async () => {
    const applicant = await createTestUser({ role: 'APPLICANT', name: 'Rosa Review' });
    const waiting = await submittedAssessment(applicant);
    // Another officer took this one and proposes „Annehmen“: the demo officer may confirm or return it.
    const proposer = await createTestUser({ role: 'OFFICER', name: 'Vera Vorschlag' });
    const proposed = await submittedAssessment(applicant);
    await takeAssessment({ assessmentId: proposed, actor: proposer });
    await proposeDecision({ assessmentId: proposed, proposer, kind: 'ACCEPTED', reason: 'Alle Standards sind nachvollziehbar beschrieben.' });
    return { waiting, proposed };
  },
  cases: [
    { name: 'review queue (a full list)', path: '/review' },
    { name: 'review queue, nothing found', path: '/review?q=keinprojektheisstso' },
    { name: 'review of a waiting submission', path: (d) => `/review/${d.waiting}` },
    { name: 'review with another officer’s proposal: „Bestätigen“ or „Zurückgeben“', path: (d) => `/review/${d.proposed}`, state: showsHeading('Vorschlag', 2) },
    { name: 'proposal, „Zurückgeben“ without a note', path: (d) => `/review/${d.proposed}`, state: submitEmpty('Zurückgeben') },
    { name: 'notifications', path: '/notifications' },
    { name: 'my account', path: '/account' },
    // The dashboard (ADR 029): the heatmap's cells link to the review; per organisation they count.
    { name: 'dashboard, heatmap per project', path: '/review/dashboard' },
    { name: 'dashboard, heatmap per organisation', path: '/review/dashboard?columns=organisations' },
  ],
};

/** A submission the demo officer has taken: verdicts, comments, the decision form and its dialog. */
export const OFFICER_TAKEN: A11yGroup = {
  name: 'funding officer: reviewing a taken submission',
  as: 'OFFICER',
  arrange: async () => {
    const { officer } = await demoActors();
    const applicant = await createTestUser({ role: 'APPLICANT', name: 'Rosa Review' });
    const taken = await submittedAssessment(applicant);
    await takeAssessment({ assessmentId: taken, actor: officer });
    await setVerdict({ assessmentId: taken, actor: officer, input: { standardKey: 'std-01', verdict: 'NEEDS_REVISION' } });
    return { taken };
  },
  cases: [
    { name: 'review, taken: verdicts and decision form', path: (d) => `/review/${d.taken}` },
    {
      name: 'review, decision form with errors',
      path: (d) => `/review/${d.taken}`,
      state: async (page) => {
        await page.getByRole('radio', { name: 'Ablehnen' }).check();
        await pressUntil(page.getByTestId('decision-submit'), main(page).getByRole('alert').first());
      },
    },
    {
      name: 'review, decision confirmation dialog',
      path: (d) => `/review/${d.taken}`,
      state: async (page) => {
        await page.getByRole('radio', { name: 'Überarbeitung anfordern' }).check();
        await page.getByLabel('Begründung').fill('Bitte Standard 1 ergänzen.');
        await pressUntil(page.getByTestId('decision-submit'), page.getByRole('dialog'));
      },
    },
    { name: 'review phase page: verdicts and comments', path: (d) => `/review/${d.taken}/general` },
    {
      name: 'review phase page, empty comment',
      path: (d) => `/review/${d.taken}/general`,
      state: async (page) => {
        const section = page.locator('section#std-01');
        await pressUntil(section.getByRole('button', { name: 'Kommentieren' }), section.getByRole('alert').first());
      },
    },
  ],
};

/** A second revision after „Überarbeitung anfordern“: the review shows what changed. */
export const OFFICER_RESUBMISSION: A11yGroup = {
  name: 'funding officer: a resubmission',
  as: 'OFFICER',
  arrange: async () => {
    const { officer } = await demoActors();
    const applicant = await createTestUser({ role: 'APPLICANT', name: 'Rosa Review' });
    const revised = await createTestProject({ actor: applicant });
    await createSubmittedRevision({ actor: applicant, projectId: revised.id });
    const revisedId = await assessmentIdOf(revised.id);
    await takeAssessment({ assessmentId: revisedId, actor: officer });
    await setVerdict({ assessmentId: revisedId, actor: officer, input: { standardKey: 'std-02', verdict: 'NEEDS_REVISION' } });
    await decideAssessment({ assessmentId: revisedId, actor: officer, input: { kind: 'CHANGES_REQUESTED', reason: 'Bitte Standard 2 genauer beschreiben.', dueDate: null } });
    const view = await getAssessmentView({ projectId: revised.id, actor: applicant });
    await saveAnswer({ actor: applicant, projectId: revised.id, standardKey: 'std-02', expectedVersion: view.answers['std-02']!.version, answer: { ...COMPLETE_ANSWER, implementation: 'Sprachkurse A1 bis B2, vier Abende pro Woche.' } });
    await submitAssessment({ projectId: revised.id, actor: applicant });
    return { revised: revisedId };
  },
  cases: [
    { name: 'review of a resubmission (changes since revision 1)', path: (d) => `/review/${d.revised}` },
    { name: 'review phase page of a resubmission (diff)', path: (d) => `/review/${d.revised}/general` },
  ],
};
