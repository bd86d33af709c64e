/**
 * The pages and states tests/e2e/accessibility.spec.ts judges: one list per audience (who is
 * signed in), each case a URL and, optionally, what to do there to reach the state to judge (a
 * form with its errors, an open dialog, the autosave conflict). Every case is scanned by axe
 * (WCAG 2.0/2.1 A and AA, any severity) at 1280 px, at 320 px and at 640 px with 200 % text, and
 * must not scroll sideways (./accessibility.ts).
 *
 * ADD A PAGE: append `{ name, path }` to the audience that sees it (a role's list below, or
 * VISITOR for public pages); when it needs data, create it in that audience's `arrange` with the
 * factories (./factories.ts) and use it in `path: (data) => …`; for a state, give `state`.
 * A new role's pages: a new entry in AUDIENCES.
 */
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { saveAnswer } from '@/lib/assessments/save-answer';
import { getAssessmentView } from '@/lib/assessments/get-assessment-view';
import { decideAssessment } from '@/lib/review/decide-assessment';
import { setVerdict } from '@/lib/review/set-verdict';
import { takeAssessment } from '@/lib/review/take-assessment';
import { submitAssessment } from '@/lib/assessments/submit-assessment';
import { discardDraftVersion } from '@/lib/catalogue/discard-draft-version';
import { registerApplicant } from '@/lib/registration/register-applicant';
import { requestPasswordReset } from '@/lib/users/request-password-reset';
import { BASE_URL, linkFromMail, registration } from '@/tests/support/registration';
import {
  COMPLETE_ANSWER,
  completeDraft,
  createChangedCatalogueDraft,
  createSubmittedRevision,
  createTestCompany,
  createTestNotifications,
  createTestProject,
  createTestUser,
  demoActors,
  PASSWORD,
  seedProject,
} from './factories';
import { DEMO, DEMO_PASSWORD, expect, fillSignInForm, withCatalogueDraftLock, withDatabase, type DemoRole } from './fixtures';

/** What an audience's `arrange` made: ids and names the cases' paths use. */
export type Data = Record<string, string>;

export type A11yCase = {
  /** The step's name in the report. */
  name: string;
  /** The page to open. */
  path: string | ((data: Data) => string);
  /** Brings the opened page into the state to judge; leave the page on it. */
  state?: (page: Page, data: Data) => Promise<void>;
};

export type Audience = {
  name: string;
  /** Who is signed in: nobody, a demo account, or an account `arrange` made (`data.email`, PASSWORD). */
  as: 'visitor' | DemoRole | 'arranged';
  /** Makes the data once, before the first case, with the factories. */
  arrange?: () => Promise<Data>;
  /** Runs the whole audience (arrange and cases) inside it, e.g. holding a lock and cleaning up after. */
  around?: (run: () => Promise<void>) => Promise<void>;
  cases: A11yCase[];
};

const main = (page: Page) => page.getByRole('main');

/**
 * Presses a button until what it shows appears: a click before React has hydrated the page does
 * nothing (or submits natively and reloads), which on a loaded machine is a real race; the page
 * has no hydration marker to wait for.
 */
async function pressUntil(button: Locator, shown: Locator) {
  await expect(async () => {
    await button.click();
    await expect(shown).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/** Presses the form's button and waits for the error summary (role="alert"). */
const submitEmpty = (button: string | RegExp) => async (page: Page) => {
  await pressUntil(main(page).getByRole('button', { name: button, exact: typeof button === 'string' }), main(page).getByRole('alert').first());
};

/** Presses a button that opens a dialog and waits for it. */
const openDialog = (button: string | RegExp) => async (page: Page) => {
  await pressUntil(main(page).getByRole('button', { name: button }).first(), page.getByRole('dialog'));
};

async function assessmentIdOf(projectId: string): Promise<string> {
  return withDatabase(async (client) => (await client.query<{ id: string }>('SELECT "id" FROM "Assessment" WHERE "projectId" = $1', [projectId])).rows[0]!.id);
}

const VISITOR: Audience = {
  name: 'visitor',
  as: 'visitor',
  arrange: async () => {
    // A live password-reset link and a live confirmation link, as their mails carry them.
    const resetUser = await createTestUser({ role: 'APPLICANT', name: 'Rita Reset' });
    await requestPasswordReset({ input: { email: resetUser.email }, clientIp: 'unknown', baseUrl: BASE_URL });
    const registered = `neu-${randomUUID().slice(0, 8)}@traeger.example`;
    await registerApplicant({ input: registration({ email: registered, organisationName: `Träger ${randomUUID().slice(0, 8)}` }), locale: 'de', baseUrl: BASE_URL });
    return { resetToken: await linkFromMail(resetUser.email, 'token'), confirmToken: await linkFromMail(registered, 'token') };
  },
  cases: [
    { name: 'start page', path: '/' },
    { name: 'standards catalogue', path: '/standards' },
    { name: 'standards catalogue, version 1', path: '/standards/1' },
    { name: 'Impressum', path: '/impressum' },
    { name: 'Datenschutzerklärung', path: '/datenschutz' },
    { name: 'Barrierefreiheitserklärung', path: '/barrierefreiheit' },
    { name: 'page not found', path: '/gibt-es-nicht' },
    { name: 'sign-in', path: '/login' },
    {
      name: 'sign-in, wrong password',
      path: '/login',
      state: async (page) => {
        await fillSignInForm(page, 'niemand@demo.example', 'falsch-falsch-falsch');
        await expect(page.getByTestId('form-error')).toBeVisible();
      },
    },
    {
      name: 'sign-in, code step (two factors)',
      path: '/login',
      state: async (page) => {
        await page.getByLabel('E-Mail-Adresse').fill(DEMO.OFFICER.email);
        await page.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
        await page.getByRole('button', { name: 'Anmelden' }).click();
        await expect(page.getByTestId('sign-in-code-step')).toBeVisible();
      },
    },
    { name: 'registration', path: '/register' },
    { name: 'registration with errors', path: '/register', state: submitEmpty('Registrieren') },
    { name: 'registration, unknown invitation', path: '/register?invitation=unbekannt' },
    { name: 'confirmation link, invalid', path: '/register/confirm?token=ungueltig' },
    { name: 'new confirmation link', path: '/register/resend' },
    { name: 'new confirmation link with errors', path: '/register/resend', state: submitEmpty('Neuen Link anfordern') },
    { name: 'password forgotten', path: '/password/forgot' },
    { name: 'password forgotten with errors', path: '/password/forgot', state: submitEmpty('Link anfordern') },
    { name: 'password reset, invalid link', path: '/password/reset?token=ungueltig' },
    { name: 'password reset form', path: (d) => `/password/reset?token=${d.resetToken}` },
    { name: 'password reset form with errors', path: (d) => `/password/reset?token=${d.resetToken}`, state: submitEmpty('Passwort speichern') },
    { name: 'confirmation link: the registration to confirm', path: (d) => `/register/confirm?token=${d.confirmToken}` },
  ],
};

/** The demo applicant: full lists (projects, notifications) and the self-assessment in its states. */
const APPLICANT: Audience = {
  name: 'applicant',
  as: 'APPLICANT',
  arrange: async () => {
    const { applicant } = await demoActors();
    const draft = await seedProject({ targetGroup: 'SKILLED_WORKERS', countries: ['PL', 'ES'] });
    const company = await createTestCompany({ actor: applicant, projectId: draft.id });
    const complete = await seedProject();
    await completeDraft({ actor: applicant, projectId: complete.id });
    const submitted = await seedProject();
    await createSubmittedRevision({ actor: applicant, projectId: submitted.id });
    const conflict = await seedProject();
    await createTestNotifications({ recipientId: applicant.id, project: draft, kinds: ['DECISION_MADE', 'COMMENT_ADDED', 'DUE_DATE_SOON'] });
    return { draft: draft.id, company: String(company.position), complete: complete.id, submitted: submitted.id, conflict: conflict.id };
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
    { name: 'submit confirmation dialog', path: (d) => `/projects/${d.complete}/assessment`, state: openDialog('Einreichen') },
    { name: 'submitted (read-only) overview', path: (d) => `/projects/${d.submitted}/assessment` },
    { name: 'submitted (read-only) phase page', path: (d) => `/projects/${d.submitted}/assessment/phase-1` },
    { name: 'withdraw dialog', path: (d) => `/projects/${d.submitted}/assessment`, state: openDialog('Zurückziehen') },
    { name: 'organisation', path: '/organisation' },
    { name: 'organisation, invitation with errors', path: '/organisation', state: submitEmpty('Einladen') },
    { name: 'notifications (a full list)', path: '/notifications' },
    { name: 'e-mail settings', path: '/notifications/settings' },
    { name: 'my account', path: '/account' },
    { name: 'my account, password form with errors', path: '/account', state: submitEmpty('Passwort ändern') },
    { name: 'two-factor set-up', path: '/account/two-factor' },
  ],
};

/** A new applicant of a new organisation: the empty lists. */
const NEW_APPLICANT: Audience = {
  name: 'new applicant (empty lists)',
  as: 'arranged',
  arrange: async () => ({ email: (await createTestUser({ role: 'APPLICANT', name: 'Nina Neu' })).email }),
  cases: [
    { name: 'projects (none yet)', path: '/projects' },
    { name: 'notifications (none yet)', path: '/notifications' },
    { name: 'organisation (one member)', path: '/organisation' },
  ],
};

/** The demo officer: the queue and the review of a submission (unassigned, taken, decided, resubmitted). */
const OFFICER: Audience = {
  name: 'funding officer',
  as: 'OFFICER',
  arrange: async () => {
    const { officer } = await demoActors();
    const applicant = (await createTestUser({ role: 'APPLICANT', name: 'Rosa Review' }));
    const waiting = await createTestProject({ actor: applicant });
    await createSubmittedRevision({ actor: applicant, projectId: waiting.id });
    const taken = await createTestProject({ actor: applicant });
    await createSubmittedRevision({ actor: applicant, projectId: taken.id });
    const takenId = await assessmentIdOf(taken.id);
    await takeAssessment({ assessmentId: takenId, actor: officer });
    await setVerdict({ assessmentId: takenId, actor: officer, input: { standardKey: 'std-01', verdict: 'NEEDS_REVISION' } });
    // A second revision after „Überarbeitung anfordern“: the review shows what changed.
    const revised = await createTestProject({ actor: applicant });
    await createSubmittedRevision({ actor: applicant, projectId: revised.id });
    const revisedId = await assessmentIdOf(revised.id);
    await takeAssessment({ assessmentId: revisedId, actor: officer });
    await setVerdict({ assessmentId: revisedId, actor: officer, input: { standardKey: 'std-02', verdict: 'NEEDS_REVISION' } });
    await decideAssessment({ assessmentId: revisedId, actor: officer, input: { kind: 'CHANGES_REQUESTED', reason: 'Bitte Standard 2 genauer beschreiben.', dueDate: null } });
    const view = await getAssessmentView({ projectId: revised.id, actor: applicant });
    await saveAnswer({ actor: applicant, projectId: revised.id, standardKey: 'std-02', expectedVersion: view.answers['std-02']!.version, answer: { ...COMPLETE_ANSWER, implementation: 'Sprachkurse A1 bis B2, vier Abende pro Woche.' } });
    await submitAssessment({ projectId: revised.id, actor: applicant });
    return { waiting: await assessmentIdOf(waiting.id), taken: takenId, revised: revisedId };
  },
  cases: [
    { name: 'review queue (a full list)', path: '/review' },
    { name: 'review queue, nothing found', path: '/review?q=keinprojektheisstso' },
    { name: 'review of a waiting submission', path: (d) => `/review/${d.waiting}` },
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
    { name: 'review of a resubmission (changes since revision 1)', path: (d) => `/review/${d.revised}` },
    { name: 'review phase page of a resubmission (diff)', path: (d) => `/review/${d.revised}/general` },
    { name: 'notifications', path: '/notifications' },
    { name: 'my account', path: '/account' },
  ],
};

/** The demo administrator: every area of „Verwaltung“. */
const ADMIN: Audience = {
  name: 'administrator',
  as: 'ADMIN',
  arrange: async () => {
    const { applicant } = await demoActors();
    const version = await withDatabase(async (client) => (await client.query<{ id: string }>(`SELECT "id" FROM "CatalogueVersion" WHERE "status" = 'PUBLISHED' ORDER BY "number" DESC LIMIT 1`)).rows[0]!.id);
    return { applicantId: applicant.id, organisationId: applicant.organisationId!, version };
  },
  cases: [
    { name: 'administration', path: '/admin' },
    { name: 'users (a full list)', path: '/admin/users' },
    { name: 'users, nothing found', path: '/admin/users?q=niemand-heisst-so' },
    { name: 'users, invitation with errors', path: '/admin/users', state: submitEmpty('Einladen') },
    { name: 'a user', path: (d) => `/admin/users/${d.applicantId}` },
    { name: 'a user, disable dialog', path: (d) => `/admin/users/${d.applicantId}`, state: openDialog('Deaktivieren') },
    { name: 'organisations', path: '/admin/organisations' },
    { name: 'organisations, nothing found', path: '/admin/organisations?q=keine-organisation-heisst-so' },
    { name: 'an organisation', path: (d) => `/admin/organisations/${d.organisationId}` },
    { name: 'standards catalogue (versions)', path: '/admin/catalogue' },
    { name: 'a published catalogue version (read-only)', path: (d) => `/admin/catalogue/${d.version}` },
    { name: 'settings', path: '/admin/settings' },
    {
      name: 'settings with errors',
      path: '/admin/settings',
      state: async (page) => {
        await page.getByLabel('Hervorhebung in der Prüfliste nach (Tagen)').fill('0');
        await submitEmpty('Speichern')(page);
      },
    },
    { name: 'legal text: Impressum', path: '/admin/settings/legal/impressum' },
    { name: 'legal text: Barrierefreiheitserklärung', path: '/admin/settings/legal/barrierefreiheit' },
    { name: 'audit log', path: '/admin/audit' },
    { name: 'audit log, nothing found', path: '/admin/audit?actor=niemand-heisst-so' },
    { name: 'data protection', path: '/admin/privacy' },
    { name: 'data protection, a person selected', path: (d) => `/admin/privacy?q=antrag%40demo&user=${d.applicantId}` },
    { name: 'data protection, search too short', path: '/admin/privacy?q=ab' },
  ],
};

/**
 * The administrator's catalogue draft (editor, a standard's form, the diff, publishing): a draft
 * made for it and discarded afterwards, under the suite's draft lock (there is one draft at most).
 */
const CATALOGUE_DRAFT: Audience = {
  name: 'administrator (catalogue draft)',
  as: 'ADMIN',
  around: (run) =>
    withCatalogueDraftLock(async () => {
      try {
        await run();
      } finally {
        const { admin } = await demoActors();
        const draft = await withDatabase(async (client) => (await client.query<{ id: string }>(`SELECT "id" FROM "CatalogueVersion" WHERE "status" = 'DRAFT'`)).rows[0]);
        if (draft) await discardDraftVersion({ actor: admin, versionId: draft.id });
      }
    }),
  arrange: async () => {
    const { admin } = await demoActors();
    const draft = await createChangedCatalogueDraft({
      admin,
      changes: { 'std-07': { text: 'Die Ansprache erfolgt transparent, fair und in der Sprache der Herkunftsländer.' } },
      retire: ['std-21'],
      add: [{ phase: 'PHASE_1', text: 'Ein neuer Standard zur Begleitung nach der Ankunft.', objective: 'Begleitung sichern' }],
    });
    return { draft: draft.id };
  },
  cases: [
    { name: 'catalogue draft overview', path: (d) => `/admin/catalogue/${d.draft}` },
    { name: 'a standard in the draft', path: (d) => `/admin/catalogue/${d.draft}/standards/std-07` },
    {
      name: 'a standard in the draft with errors',
      path: (d) => `/admin/catalogue/${d.draft}/standards/std-07`,
      state: async (page) => {
        await page.getByRole('group', { name: 'Deutsch (verbindlich)' }).getByLabel('Standard', { exact: true }).fill('');
        await submitEmpty('Speichern')(page);
      },
    },
    { name: 'the draft’s changes (diff)', path: (d) => `/admin/catalogue/${d.draft}/diff` },
    { name: 'publishing without a change note', path: (d) => `/admin/catalogue/${d.draft}/diff`, state: submitEmpty('Veröffentlichen') },
    {
      name: 'publish confirmation dialog',
      path: (d) => `/admin/catalogue/${d.draft}/diff`,
      state: async (page) => {
        await page.getByLabel('Änderungshinweis').fill('Standard 7 neu gefasst');
        await openDialog('Veröffentlichen')(page);
      },
    },
  ],
};

export const AUDIENCES: Audience[] = [VISITOR, APPLICANT, NEW_APPLICANT, OFFICER, ADMIN, CATALOGUE_DRAFT];

/** Signs the audience's account in on `page` (nothing for visitors). */
export async function signInAudience(page: Page, audience: Audience, data: Data) {
  if (audience.as === 'visitor') return;
  const [email, password, home] = audience.as === 'arranged' ? [data.email!, PASSWORD, '/projects'] : [DEMO[audience.as].email, DEMO_PASSWORD, DEMO[audience.as].home];
  await page.goto('/login');
  await fillSignInForm(page, email, password);
  await page.waitForURL(`**${home}`);
}
