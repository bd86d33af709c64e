/**
 * The applicant's pages: the demo applicant with full lists (projects, notifications) and the
 * self-assessment in its states, and a new applicant of a new organisation (the empty lists, an
 * e-mail change in progress). Groups of tests/e2e/accessibility.spec.ts (./kit.ts).
 */
import { randomUUID } from 'node:crypto';
import { saveAnswer } from '@/lib/assessments/save-answer';
import { getAssessmentView } from '@/lib/assessments/get-assessment-view';
import { requestEmailChange } from '@/lib/users/request-email-change';
import { BASE_URL, linkFromMail } from '@/tests/support/registration';
import { COMPLETE_ANSWER, completeDraft, createSubmittedRevision, createTestCompany, createTestNotifications, createTestUser, demoActors, PASSWORD, seedProject } from '../factories';
import { expect } from '../fixtures';
import { main, openDialog, pressUntil, showsHeading, submitEmpty, type A11yGroup } from './kit';

/** Projects and their companies (the demo applicant's organisation: a full list). */
export const APPLICANT_PROJECTS: A11yGroup = {
  name: 'applicant: projects and companies',
  as: 'APPLICANT',
  arrange: async () => {
    const { applicant } = await demoActors();
    const draft = await seedProject({ targetGroup: 'SKILLED_WORKERS', countries: ['PL', 'ES'] });
    await createTestCompany({ actor: applicant, projectId: draft.id });
    return { draft: draft.id };
  },
  cases: [
    { name: 'projects (a full list)', path: '/projects' },
    { name: 'new project', path: '/projects/new' },
    { name: 'new project with errors', path: '/projects/new', state: submitEmpty('Projekt anlegen') },
    { name: 'project with a company', path: (d) => `/projects/${d.draft}` },
    {
      name: 'project, removing a company: the confirmation in place',
      path: (d) => `/projects/${d.draft}`,
      state: async (page) => pressUntil(main(page).getByRole('button', { name: /^Entfernen: / }).first(), main(page).getByRole('button', { name: 'Ja, entfernen' })),
    },
    { name: 'project profile form', path: (d) => `/projects/${d.draft}/edit` },
    { name: 'new company', path: (d) => `/projects/${d.draft}/companies/new` },
    { name: 'new company with errors', path: (d) => `/projects/${d.draft}/companies/new`, state: submitEmpty('Speichern') },
  ],
};

/** The organisation, notifications (a full list) and the account of the demo applicant. */
export const APPLICANT_ACCOUNT: A11yGroup = {
  name: 'applicant: organisation, notifications and account',
  as: 'APPLICANT',
  arrange: async () => {
    const { applicant } = await demoActors();
    const project = await seedProject();
    await createTestNotifications({ recipientId: applicant.id, project, kinds: ['DECISION_MADE', 'COMMENT_ADDED', 'DUE_DATE_SOON'] });
    return {};
  },
  cases: [
    { name: 'organisation', path: '/organisation' },
    { name: 'organisation, invitation with errors', path: '/organisation', state: submitEmpty('Einladen') },
    { name: 'notifications (a full list)', path: '/notifications' },
    { name: 'e-mail settings', path: '/notifications/settings' },
    { name: 'my account', path: '/account' },
    { name: 'my account, password form with errors', path: '/account', state: submitEmpty('Passwort ändern') },
    { name: 'two-factor set-up', path: '/account/two-factor' },
  ],
};

/** A draft self-assessment: the overview, the phase pages with hints and errors, the autosave conflict. */
export const APPLICANT_DRAFT: A11yGroup = {
  name: 'applicant: self-assessment draft',
  as: 'APPLICANT',
  arrange: async () => {
    const draft = await seedProject({ targetGroup: 'SKILLED_WORKERS', countries: ['PL', 'ES'] });
    const conflict = await seedProject();
    return { draft: draft.id, conflict: conflict.id };
  },
  cases: [
    { name: 'self-assessment overview (draft, hints)', path: (d) => `/projects/${d.draft}/assessment` },
    {
      name: 'self-assessment, submit too early: what is missing',
      path: (d) => `/projects/${d.draft}/assessment`,
      state: async (page) => {
        await pressUntil(main(page).getByRole('button', { name: 'Einreichen' }), page.getByTestId('missing-list'));
      },
    },
    { name: 'phase page „Allgemein“ with the errors of every field', path: (d) => `/projects/${d.draft}/assessment/general?missing=1` },
    { name: 'phase page 1', path: (d) => `/projects/${d.draft}/assessment/phase-1` },
    { name: 'phase page 2 (applicability hint)', path: (d) => `/projects/${d.draft}/assessment/phase-2` },
    {
      name: 'applicability hint: the prepared reason to check',
      path: (d) => `/projects/${d.draft}/assessment/phase-2`,
      state: async (page) =>
        pressUntil(page.locator('[data-testid^="hint-"]').first().getByRole('button', { name: 'Als „Nicht zutreffend“ markieren' }), page.getByLabel('Begründung (bitte prüfen)')),
    },
    {
      name: 'autosave conflict panel',
      path: (d) => `/projects/${d.conflict}/assessment/phase-1`,
      state: async (page, d) => {
        // Someone else saves std-09 after this page loaded; this page's save then meets the newer version.
        const { applicant } = await demoActors();
        const view = await getAssessmentView({ projectId: d.conflict!, actor: applicant });
        await saveAnswer({ actor: applicant, projectId: d.conflict!, standardKey: 'std-09', expectedVersion: view.answers['std-09']!.version, answer: { ...COMPLETE_ANSWER, implementation: 'Fassung der Kollegin' } });
        await page.locator('section#std-09').getByLabel('Umsetzung / Begründung').fill('Meine Fassung');
        await expect(page.locator('section#std-09').getByTestId('conflict')).toBeVisible();
      },
    },
  ],
};

/** Submitting and what follows: the dialog, the read-only revision, withdrawing. */
export const APPLICANT_SUBMITTED: A11yGroup = {
  name: 'applicant: submitting and the submitted revision',
  as: 'APPLICANT',
  arrange: async () => {
    const { applicant } = await demoActors();
    const complete = await seedProject();
    await completeDraft({ actor: applicant, projectId: complete.id });
    const submitted = await seedProject();
    await createSubmittedRevision({ actor: applicant, projectId: submitted.id });
    return { complete: complete.id, submitted: submitted.id };
  },
  cases: [
    { name: 'submit confirmation dialog', path: (d) => `/projects/${d.complete}/assessment`, state: openDialog('Einreichen') },
    { name: 'submitted (read-only) overview', path: (d) => `/projects/${d.submitted}/assessment` },
    { name: 'submitted (read-only) phase page', path: (d) => `/projects/${d.submitted}/assessment/phase-1` },
    { name: 'withdraw dialog', path: (d) => `/projects/${d.submitted}/assessment`, state: openDialog('Zurückziehen') },
  ],
};

/** A new applicant of a new organisation: the empty lists, and the link to confirm a new e-mail address. */
export const NEW_APPLICANT: A11yGroup = {
  name: 'new applicant: empty lists, e-mail change',
  as: 'arranged',
  arrange: async () => {
    const user = await createTestUser({ role: 'APPLICANT', name: 'Nina Neu' });
    // „E-Mail-Adresse ändern“ in progress: the link the new address got.
    const newEmail = `nina-${randomUUID().slice(0, 8)}@traeger.example`;
    await requestEmailChange({ actor: user, input: { email: newEmail, currentPassword: PASSWORD }, baseUrl: BASE_URL });
    return { email: user.email, emailChangeToken: await linkFromMail(newEmail, 'token') };
  },
  cases: [
    { name: 'projects (none yet)', path: '/projects' },
    { name: 'notifications (none yet)', path: '/notifications' },
    { name: 'organisation (one member)', path: '/organisation' },
    {
      name: 'confirming a new e-mail address (a live link)',
      path: (d) => `/account/email/confirm?token=${d.emailChangeToken}`,
      state: showsHeading('Neue E-Mail-Adresse bestätigen'),
    },
  ],
};
