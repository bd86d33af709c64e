/**
 * THE authorization matrix: every page, route handler (per method) and Server Action of the
 * portal × six people, with what each must get. tests/e2e/authorization-matrix.spec.ts asserts
 * every cell over HTTP against the running portal and fails when the build has a page, route
 * handler or action this table does not list (or the table lists one that no longer exists).
 *
 * Adding a row (docs/decisions/031-authorization-matrix.md):
 *   page('/admin/exports', () => '/admin/exports',                 [IN, NO, NO, NO, NO, OK]),
 *   route('GET /api/projects/[projectId]/pdf', (d) => `/api/projects/${d.projectA}/pdf`, [IN, OK, NF, NO, NO, NO]),
 *   action('app/[locale]/(site)/…/actions.ts#exportAction', (d) => [d.projectA, {}], [IN, OK, NF, NO, NO, NO]),
 * The key is the route pattern (route groups and [locale] dropped) or `<module path>#<export>`;
 * the function fills the dynamic segments / builds the arguments from the arranged data (`d`).
 *
 * Columns: anonymous, applicant of organisation A, applicant of organisation B, funding officer,
 * second funding officer, administrator. Outcomes:
 *   OK    allowed — a page 200; a route handler 2xx/3xx or a refusal of the input (400, 409, 413,
 *         415, 422); an action's success or a validation/state failure (never an authorization one)
 *   IN    sign in first — a page redirects to /login?callbackUrl=… (or shows the sign-in form, 401);
 *         a route handler or action answers 401
 *   NO    403 (the role lacks the permission)
 *   NF    404 — not this person's (another organisation, not submitted yet, not theirs): a page or
 *         route handler 404, an action's `notFound` failure; never data
 *   HOME  a page for signed-out people: a signed-in person is sent to their role's home
 *
 * Arguments of the allowed calls are chosen so that they change nothing the other rows need:
 * mostly invalid input (the validation failure counts as OK), or objects arranged for that row.
 * Cells of a row run refusals first, the allowed ones last.
 */
import { TEST_PROJECT_PROFILE } from './support/factories';
import { CATALOGUE_DRAFT_LOCK } from './support/fixtures';
import type { MatrixData } from './authorization-matrix.data';

export const OK = 'OK';
export const IN = 'IN';
export const NO = 'NO';
export const NF = 'NF';
export const HOME = 'HOME';
export type Outcome = typeof OK | typeof IN | typeof NO | typeof NF | typeof HOME;

export const ACTORS = ['anonymous', 'applicantA', 'applicantB', 'officer', 'officer2', 'admin'] as const;
export type Actor = (typeof ACTORS)[number];
type Row6 = [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

export type MatrixRow =
  | { kind: 'page'; key: string; url: (d: MatrixData) => string; expect: Row6 }
  | { kind: 'route'; key: string; url: (d: MatrixData) => string; init?: (d: MatrixData) => RequestInit; expect: Row6 }
  | {
      kind: 'action';
      key: string;
      args: (d: MatrixData) => unknown[] | FormData;
      expect: Row6;
      /** Runs after every cell of the row (undo what the allowed call made). */
      cleanUp?: (d: MatrixData) => Promise<void>;
      /** The allowed call ends the callers' sessions: the row runs last. */
      endsSessions?: boolean;
      /** The row changes something the suite has once (tests/e2e/support/fixtures.ts): it runs holding that lock. */
      lock?: string;
    };

const page = (key: string, url: (d: MatrixData) => string, expect: Row6): MatrixRow => ({ kind: 'page', key, url, expect });
const route = (key: string, url: (d: MatrixData) => string, expect: Row6, init?: (d: MatrixData) => RequestInit): MatrixRow => ({ kind: 'route', key, url, init, expect });
const action = (key: string, args: (d: MatrixData) => unknown[] | FormData, expect: Row6, more: { cleanUp?: (d: MatrixData) => Promise<void>; endsSessions?: boolean; lock?: string } = {}): MatrixRow => ({
  kind: 'action',
  key,
  args,
  expect,
  ...more,
});

const SITE = 'app/[locale]/(site)';
const ADMIN = `${SITE}/(admin)/admin`;
const PROJECTS = `${SITE}/(applicant)/projects`;
const REVIEW = `${SITE}/(review)/review/[assessmentId]/actions.ts`;

// Frequent rows, named for reading. Order: anonymous, applicant A, applicant B, officer, officer 2, admin.
const PUBLIC: Row6 = [OK, OK, OK, OK, OK, OK];
const SIGNED_IN: Row6 = [IN, OK, OK, OK, OK, OK];
const SIGNED_OUT_ONLY: Row6 = [OK, HOME, HOME, HOME, HOME, HOME];
const ADMIN_ONLY: Row6 = [IN, NO, NO, NO, NO, OK];
const APPLICANTS: Row6 = [IN, OK, OK, NO, NO, NO];
const ORG_A: Row6 = [IN, OK, NF, NO, NO, NO];
const OFFICERS: Row6 = [IN, NO, NO, OK, OK, NO];
/** Officers and administrators: the dashboard (`insight:read`), the spreadsheet exports (`assessments:export`). */
const STAFF: Row6 = [IN, NO, NO, OK, OK, OK];
const NOWHERE: Row6 = [NF, NF, NF, NF, NF, NF];

// Valid input where a form checks its input before the object: so the refusal of other people is
// the scope's (404), not the validation's, and the allowed call succeeds.
const PROJECT = { ...TEST_PROJECT_PROFILE, title: 'Matrix-Projekt' };
const COMPANY = { name: 'Matrix GmbH', contact: 'Hauptstraße 5, 39104 Magdeburg', hasDeclarationOfIntent: true, ownContributionKind: 'Wohnraum', ownContributionValue: '1 Wohnung', contactPersonName: 'Karla Kümmerer' };
const ANSWER = { standardKey: 'std-03', expectedVersion: 0, answer: { status: 'FULFILLED', implementation: 'Umgesetzt.', plannedMeasures: '', targetDate: null, partners: '' } };

const LINK_EVIDENCE = (): RequestInit => {
  const form = new FormData();
  form.set('kind', 'LINK');
  form.set('standardKey', 'std-01');
  form.set('title', 'Matrix');
  form.set('url', 'https://example.org/matrix');
  return { method: 'POST', body: form };
};

export const MATRIX: MatrixRow[] = [
  // ── Pages ─────────────────────────────────────────────────────── anon  A   B   off off2 admin
  page('/', () => '/', PUBLIC),
  page('/barrierefreiheit', () => '/barrierefreiheit', PUBLIC),
  page('/datenschutz', () => '/datenschutz', PUBLIC),
  page('/impressum', () => '/impressum', PUBLIC),
  page('/standards', () => '/standards', PUBLIC),
  page('/standards/[version]', () => '/standards?version=1', PUBLIC),
  page('/[...rest]', () => '/gibt-es-nicht/wirklich', NOWHERE),
  page('/dev/mail', () => '/dev/mail', NOWHERE),
  page('/login', () => '/login', SIGNED_OUT_ONLY),
  page('/register', () => '/register', SIGNED_OUT_ONLY),
  page('/register/confirm', () => '/register/confirm', PUBLIC),
  page('/register/resend', () => '/register/resend', PUBLIC),
  page('/password/forgot', () => '/password/forgot', PUBLIC),
  page('/password/reset', () => '/password/reset', PUBLIC),
  page('/account', () => '/account', SIGNED_IN),
  page('/account/email/confirm', () => '/account/email/confirm', SIGNED_IN),
  page('/account/two-factor', () => '/account/two-factor', SIGNED_IN),
  page('/notifications', () => '/notifications', SIGNED_IN),
  page('/notifications/settings', () => '/notifications/settings', SIGNED_IN),
  page('/organisation', () => '/organisation', APPLICANTS),
  page('/projects', () => '/projects', APPLICANTS),
  page('/projects/new', () => '/projects/new', APPLICANTS),
  page('/projects/[id]', (d) => `/projects/${d.projectA}`, ORG_A),
  page('/projects/[id]/edit', (d) => `/projects/${d.projectA}/edit`, ORG_A),
  page('/projects/[id]/assessment', (d) => `/projects/${d.projectA}/assessment`, ORG_A),
  page('/projects/[id]/assessment/[phase]', (d) => `/projects/${d.projectA}/assessment/general`, ORG_A),
  page('/projects/[id]/companies/new', (d) => `/projects/${d.projectA}/companies/new`, ORG_A),
  page('/projects/[id]/companies/[companyId]/edit', (d) => `/projects/${d.projectA}/companies/${d.companyA}/edit`, ORG_A),
  page('/review', () => '/review', OFFICERS),
  page('/review/dashboard', () => '/review/dashboard', STAFF),
  page('/review/[assessmentId]', (d) => `/review/${d.submittedAssessment}`, OFFICERS),
  page('/review/[assessmentId]/[phase]', (d) => `/review/${d.submittedAssessment}/general`, OFFICERS),
  page('/admin', () => '/admin', ADMIN_ONLY),
  page('/admin/audit', () => '/admin/audit', ADMIN_ONLY),
  page('/admin/catalogue', () => '/admin/catalogue', ADMIN_ONLY),
  page('/admin/catalogue/[versionId]', (d) => `/admin/catalogue/${d.publishedCatalogue}`, ADMIN_ONLY),
  page('/admin/catalogue/[versionId]/diff', (d) => `/admin/catalogue/${d.publishedCatalogue}/diff`, ADMIN_ONLY),
  page('/admin/catalogue/[versionId]/standards/[key]', (d) => `/admin/catalogue/${d.publishedCatalogue}/standards/std-01`, ADMIN_ONLY),
  page('/admin/organisations', () => '/admin/organisations', ADMIN_ONLY),
  page('/admin/organisations/[id]', (d) => `/admin/organisations/${d.orgA}`, ADMIN_ONLY),
  page('/admin/privacy', () => '/admin/privacy', ADMIN_ONLY),
  page('/admin/exports', () => '/admin/exports', ADMIN_ONLY),
  page('/admin/settings', () => '/admin/settings', ADMIN_ONLY),
  page('/admin/settings/legal/[page]', () => '/admin/settings/legal/impressum', ADMIN_ONLY),
  page('/admin/users', () => '/admin/users', ADMIN_ONLY),
  page('/admin/users/[id]', (d) => `/admin/users/${d.applicantA}`, ADMIN_ONLY),

  // ── Route handlers (one row per exported method) ──────────────── anon  A   B   off off2 admin
  route('GET /home', () => '/home', PUBLIC),
  route('GET /api/health', () => '/api/health', PUBLIC),
  route('GET /api/me', () => '/api/me', PUBLIC),
  route('GET /api/auth/[...nextauth]', () => '/api/auth/session', PUBLIC),
  // Without a CSRF token next-auth changes nothing and redirects to its sign-in page.
  route('POST /api/auth/[...nextauth]', () => '/api/auth/callback/credentials', PUBLIC, () => ({ method: 'POST', body: new URLSearchParams({ email: 'x' }) })),
  route('GET /api/admin/audit/export', () => '/api/admin/audit/export', ADMIN_ONLY),
  route('GET /api/users/[userId]/personal-data', (d) => `/api/users/${d.applicantA}/personal-data`, [IN, OK, NF, NF, NF, OK]),
  // A file of org A's submitted revision: its organisation and the officers, nobody else.
  // Spreadsheets (ADR 028): every self-assessment for officers and administrators; one project's for its organisation.
  route('GET /api/exports/assessments', () => '/api/exports/assessments?format=csv', STAFF),
  route('GET /api/projects/[projectId]/assessment/export', (d) => `/api/projects/${d.submittedProject}/assessment/export`, ORG_A),
  // The PDF of a revision (ADR 027): the organisation's applicants and the funding officers, not administrators.
  route('GET /api/assessments/[assessmentId]/revisions/[number]/pdf', (d) => `/api/assessments/${d.submittedAssessment}/revisions/1/pdf`, [IN, OK, NF, OK, OK, NO]),
  route('GET /api/evidence/versions/[versionId]', (d) => `/api/evidence/versions/${d.submittedFileVersion}`, [IN, OK, NF, OK, OK, NF]),
  route('POST /api/projects/[projectId]/evidence', (d) => `/api/projects/${d.projectA}/evidence`, ORG_A, LINK_EVIDENCE),
  route('DELETE /api/projects/[projectId]/evidence/[evidenceId]', (d) => `/api/projects/${d.projectA}/evidence/${d.removableEvidence}`, ORG_A, () => ({ method: 'DELETE' })),

  // ── Server Actions (`<module>#<export>`) ─────────────────────── anon  A   B   off off2 admin
  action('app/_actions/set-locale.ts#setLocale', () => formData({ locale: 'de', returnTo: '/' }), PUBLIC),
  action(`${SITE}/register/actions.ts#register`, () => [{}], PUBLIC),
  action(`${SITE}/register/actions.ts#acceptInvitation`, () => [{}], PUBLIC),
  action(`${SITE}/register/confirm/actions.ts#confirmEmailAction`, () => ['kein-gueltiger-link'], PUBLIC),
  action(`${SITE}/register/resend/actions.ts#resend`, () => [{}], PUBLIC),
  action(`${SITE}/password/forgot/actions.ts#requestPasswordResetAction`, () => [{}], PUBLIC),
  action(`${SITE}/password/reset/actions.ts#resetPasswordAction`, () => ['kein-gueltiger-link', {}], PUBLIC),
  action(`${SITE}/account/email/confirm/actions.ts#confirmEmailChangeAction`, () => ['kein-gueltiger-link'], PUBLIC),
  action(`${SITE}/account/actions.ts#changeNameAction`, () => [{}], SIGNED_IN),
  action(`${SITE}/account/actions.ts#changePasswordAction`, () => [{}], SIGNED_IN),
  action(`${SITE}/account/actions.ts#changeLocaleAction`, () => [{}], SIGNED_IN),
  action(`${SITE}/account/actions.ts#requestEmailChangeAction`, () => [{}], SIGNED_IN),
  action(`${SITE}/account/actions.ts#signOutEverywhereAction`, () => [], SIGNED_IN, { endsSessions: true }),
  action(`${SITE}/account/two-factor/actions.ts#confirmTwoFactorSetupAction`, () => [{}], SIGNED_IN),
  action(`${SITE}/account/two-factor/actions.ts#regenerateRecoveryCodesAction`, () => [{}], SIGNED_IN),
  action(`${SITE}/account/two-factor/actions.ts#disableTwoFactorAction`, () => [{}], SIGNED_IN),
  action(`${SITE}/notifications/actions.ts#markRead`, (d) => [d.notificationOfA], [IN, OK, NF, NF, NF, NF]),
  action(`${SITE}/notifications/actions.ts#markAllRead`, () => [], SIGNED_IN),
  action(`${SITE}/notifications/actions.ts#saveMailPreferences`, () => [{}], SIGNED_IN),
  action(`${SITE}/(applicant)/organisation/actions.ts#saveOrganisation`, () => ['kein-datum', {}], APPLICANTS),
  action(`${SITE}/(applicant)/organisation/actions.ts#invite`, () => [{}], APPLICANTS),
  // Applicant A is the only member: removing themselves is refused (lastMember), nothing changes.
  action(`${SITE}/(applicant)/organisation/actions.ts#removeColleagueAction`, (d) => [d.applicantA], ORG_A),
  action(`${SITE}/(applicant)/organisation/actions.ts#revokeInvitationAction`, (d) => [d.invitationOfA], ORG_A),
  action(`${PROJECTS}/new/actions.ts#createProjectAction`, () => [{}], APPLICANTS),
  action(`${PROJECTS}/[id]/actions.ts#removeCompanyAction`, (d) => [d.removableCompany], ORG_A),
  action(`${PROJECTS}/[id]/edit/actions.ts#updateProjectAction`, (d) => [d.projectA, 'kein-datum', PROJECT], ORG_A),
  action(`${PROJECTS}/[id]/companies/new/actions.ts#addCompanyAction`, (d) => [d.projectA, COMPANY], ORG_A),
  action(`${PROJECTS}/[id]/companies/[companyId]/edit/actions.ts#updateCompanyAction`, (d) => [d.companyA, 'kein-datum', COMPANY], ORG_A),
  action(`${PROJECTS}/[id]/assessment/actions.ts#saveAnswerAction`, (d) => [d.projectA, ANSWER], ORG_A),
  action(`${PROJECTS}/[id]/assessment/actions.ts#submitAssessmentAction`, (d) => [d.projectA], ORG_A),
  action(`${PROJECTS}/[id]/assessment/actions.ts#withdrawAssessmentAction`, (d) => [d.projectA], ORG_A),
  action(`${PROJECTS}/[id]/assessment/actions.ts#reopenAssessmentAction`, (d) => [d.projectA], ORG_A),
  action(`${PROJECTS}/[id]/assessment/actions.ts#adoptCatalogueVersionAction`, (d) => [d.projectA], ORG_A),
  action(`${PROJECTS}/[id]/assessment/actions.ts#confirmAnswerAction`, (d) => [d.projectA, 'std-01'], ORG_A),
  // Threads: applicants of the organisation and officers comment; a comment is changed only by its author.
  action(`${SITE}/comment-actions.ts#addCommentAction`, (d) => [d.submittedAssessment, { standardKey: 'std-02', body: 'Matrix-Kommentar', internal: false }], [IN, OK, NF, OK, OK, NO]),
  action(`${SITE}/comment-actions.ts#editCommentAction`, (d) => [d.commentOfA, { body: 'Geänderte Frage' }], [IN, OK, NF, NF, NF, NO]),
  action(`${SITE}/comment-actions.ts#retractCommentAction`, (d) => [d.commentOfA], [IN, OK, NF, NF, NF, NO]),
  action(`${REVIEW}#takeAssessmentAction`, (d) => [d.submittedAssessment], OFFICERS),
  action(`${REVIEW}#handOverAction`, (d) => [d.submittedAssessment, {}], OFFICERS),
  action(`${REVIEW}#setVerdictAction`, (d) => [d.submittedAssessment, {}], OFFICERS),
  action(`${REVIEW}#decideAction`, (d) => [d.submittedAssessment, {}], OFFICERS),
  action(`${REVIEW}#resolveProposalAction`, (d) => [d.submittedAssessment, {}], OFFICERS),
  action(`${ADMIN}/catalogue/actions.ts#createDraftAction`, () => [], ADMIN_ONLY, { cleanUp: (d) => d.discardCatalogueDrafts(), lock: CATALOGUE_DRAFT_LOCK }),
  action(`${ADMIN}/catalogue/[versionId]/actions.ts#updateHeadingAction`, (d) => [d.publishedCatalogue, {}], ADMIN_ONLY),
  action(`${ADMIN}/catalogue/[versionId]/actions.ts#addStandardAction`, (d) => [d.publishedCatalogue, {}], ADMIN_ONLY),
  action(`${ADMIN}/catalogue/[versionId]/actions.ts#moveStandardAction`, (d) => [d.publishedCatalogue, {}], ADMIN_ONLY),
  action(`${ADMIN}/catalogue/[versionId]/actions.ts#discardDraftAction`, (d) => [d.publishedCatalogue], ADMIN_ONLY),
  action(`${ADMIN}/catalogue/[versionId]/diff/actions.ts#publishAction`, (d) => [d.publishedCatalogue, {}], ADMIN_ONLY),
  action(`${ADMIN}/catalogue/[versionId]/standards/[key]/actions.ts#updateStandardAction`, (d) => [d.publishedCatalogue, {}], ADMIN_ONLY),
  action(`${ADMIN}/catalogue/[versionId]/standards/[key]/actions.ts#retireStandardAction`, (d) => [d.publishedCatalogue, {}], ADMIN_ONLY),
  action(`${ADMIN}/organisations/[id]/actions.ts#saveOrganisationAction`, (d) => [d.orgA, 'kein-datum', {}], ADMIN_ONLY),
  action(`${ADMIN}/organisations/[id]/actions.ts#mergeOrganisationsAction`, (d) => [d.orgA, {}], ADMIN_ONLY),
  action(`${ADMIN}/privacy/actions.ts#erasePersonAction`, () => [{}], ADMIN_ONLY),
  action(`${ADMIN}/settings/actions.ts#saveSettings`, () => [{}], ADMIN_ONLY),
  action(`${ADMIN}/settings/legal/[page]/actions.ts#saveLegalText`, () => ['impressum', {}], ADMIN_ONLY),
  action(`${ADMIN}/settings/legal/[page]/actions.ts#saveAccessibilityStatement`, () => [{}], ADMIN_ONLY),
  action(`${ADMIN}/users/actions.ts#inviteStaffAction`, () => [{}], ADMIN_ONLY),
  action(`${ADMIN}/users/actions.ts#revokeStaffInvitationAction`, (d) => [d.staffInvitation], ADMIN_ONLY),
  action(`${ADMIN}/users/[id]/actions.ts#changeRoleAction`, (d) => [d.staffTarget, {}], ADMIN_ONLY),
  action(`${ADMIN}/users/[id]/actions.ts#setDisabledAction`, (d) => [d.staffTarget, {}], ADMIN_ONLY),
  action(`${ADMIN}/users/[id]/actions.ts#sendResetLinkAction`, (d) => [d.staffTarget], ADMIN_ONLY),
  action(`${ADMIN}/users/[id]/actions.ts#resetTwoFactorAction`, (d) => [d.staffTarget], ADMIN_ONLY),
];

function formData(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}
