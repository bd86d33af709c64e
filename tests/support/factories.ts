/**
 * Test data made the way the portal makes it: every factory calls the domain functions in lib/
 * (registerApplicant + confirmEmail, createUser, createProject, addCompany, saveAnswer,
 * submitAssessment, sendMail, createDraftVersion, updateDraftStandard, publishCatalogueVersion),
 * never raw rows. What a test starts from therefore carries the audit events, answer versions,
 * snapshots and states the application itself would have written.
 * The integration tests use them on their per-file database; the browser tests on the portal's
 * database (tests/e2e/support/factories.ts). Reads (actorFor) may query directly.
 */
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import type { AnswerDraft } from '@/lib/assessments/answer-rules';
import { getAssessmentView } from '@/lib/assessments/get-assessment-view';
import { saveAnswer } from '@/lib/assessments/save-answer';
import { submitAssessment } from '@/lib/assessments/submit-assessment';
import type { ScopeActor } from '@/lib/auth/scope';
import { addDraftStandard } from '@/lib/catalogue/add-draft-standard';
import { toStandardTextsInput, type StandardTextsInput } from '@/lib/catalogue/catalogue-text';
import { createDraftVersion } from '@/lib/catalogue/create-draft-version';
import { getDraftStandard } from '@/lib/catalogue/get-draft-standard';
import { publishCatalogueVersion } from '@/lib/catalogue/publish-catalogue-version';
import { retireDraftStandard } from '@/lib/catalogue/retire-draft-standard';
import { updateDraftStandard } from '@/lib/catalogue/update-draft-standard';
import type { Role } from '@/lib/generated/prisma/enums';
import { sendMail } from '@/lib/mail/send-mail';
import type { NotificationKind } from '@/lib/generated/prisma/enums';
import { notify, type NotificationData } from '@/lib/notifications/notify';
import { addCompany } from '@/lib/projects/add-company';
import type { CompanyFormInput } from '@/lib/projects/company-schema';
import { createProject } from '@/lib/projects/create-project';
import type { ProjectFormInput } from '@/lib/projects/project-profile-schema';
import { confirmEmail } from '@/lib/registration/confirm-email';
import { registerApplicant } from '@/lib/registration/register-applicant';
import { createUser } from '@/lib/users/create-user';
import { setUserDisabled } from '@/lib/users/set-user-disabled';
import { normaliseEmail } from '@/lib/users/normalise-email';
import { DEMO_USERS } from '@/prisma/seed/seed-demo';
import { BASE_URL, PASSWORD, linkFromMail, registration } from '@/tests/support/registration';
import { enableTestTwoFactor } from '@/tests/support/two-factor';

/** The password of every user a factory creates. */
export { PASSWORD };

/** A user as guards and domain functions see it (a `ScopeActor`), with address and name. */
export type TestUser = ScopeActor & { email: string; name: string };

/** An answer that meets every rule for submission, for any standard. */
export const COMPLETE_ANSWER: AnswerDraft = {
  status: 'FULFILLED',
  implementation: 'Umgesetzt durch mehrsprachige Informationsveranstaltungen.',
  plannedMeasures: '',
  targetDate: null,
  partners: 'IHK Magdeburg',
};

const suffix = () => randomUUID().slice(0, 8);

/** An existing user, by e-mail address. */
export async function actorFor(email: string): Promise<TestUser> {
  return db.user.findUniqueOrThrow({
    where: { email: normaliseEmail(email) },
    select: { id: true, email: true, name: true, role: true, organisationId: true },
  });
}

/** The accounts of `seed({ demo: true })` (prisma/seed/seed-demo.ts), one per role. */
export async function demoActors(): Promise<{ applicant: TestUser; officer: TestUser; admin: TestUser }> {
  const byRole = (role: Role) => actorFor(DEMO_USERS.find((user) => user.role === role)!.email);
  const [applicant, officer, admin] = await Promise.all([byRole('APPLICANT'), byRole('OFFICER'), byRole('ADMIN')]);
  return { applicant, officer, admin };
}

/**
 * A new organisation with its first applicant, the way a visitor gets one: registration at
 * /register (registerApplicant), then the link in the confirmation mail (confirmEmail).
 */
export async function createOrganisation({
  name = `Träger ${suffix()}`,
  applicantEmail = `antrag-${suffix()}@traeger.example`,
  applicantName = 'Rita Register',
}: { name?: string; applicantEmail?: string; applicantName?: string } = {}): Promise<{ id: string; name: string; applicant: TestUser }> {
  await registerApplicant({
    input: registration({ email: applicantEmail, name: applicantName, organisationName: name }),
    locale: 'de',
    baseUrl: BASE_URL,
  });
  const confirmed = await confirmEmail({ token: await linkFromMail(normaliseEmail(applicantEmail), 'token') });
  if (confirmed !== 'confirmed') throw new Error(`createOrganisation: ${applicantEmail} could not be confirmed (${confirmed})`);
  const applicant = await actorFor(applicantEmail);
  return { id: applicant.organisationId!, name, applicant };
}

/**
 * A user with a confirmed address (password PASSWORD) through createUser. An applicant joins
 * `organisationId`; without one, a new organisation is registered for them. Funding officers and
 * administrators have two-factor sign-in set up (mandatory for them, ADR 023; the code:
 * `nextTotpCode` in ./two-factor.ts) unless `twoFactor: false` — such a user is held at the set-up.
 */
export async function createTestUser({
  role,
  email = `${role.toLowerCase()}-${suffix()}@portal.example`,
  name = 'Tessa Test',
  organisationId,
  twoFactor = role !== 'APPLICANT',
}: {
  role: Role;
  email?: string;
  name?: string;
  organisationId?: string;
  twoFactor?: boolean;
}): Promise<TestUser> {
  const user =
    role === 'APPLICANT' && !organisationId
      ? (await createOrganisation({ applicantEmail: email, applicantName: name })).applicant
      : await createUser({
          email,
          name,
          password: PASSWORD,
          role,
          organisationId: role === 'APPLICANT' ? organisationId : null,
          emailConfirmed: true,
          actorId: null,
        });
  if (twoFactor) await enableTestTwoFactor({ actor: user });
  return user;
}

/**
 * Disables a user the way an administrator does (setUserDisabled, with its audit event): by
 * `admin`, or by a new administrator made for it.
 */
export async function disableTestUser({ userId, admin }: { userId: string; admin?: ScopeActor }): Promise<void> {
  const actor = admin ?? (await createTestUser({ role: 'ADMIN', name: 'Ada Abschalter' }));
  await setUserDisabled({ actor, userId, input: { disabled: true } });
}

/** A complete, valid project profile (the project form's input). */
export const TEST_PROJECT_PROFILE: ProjectFormInput = {
  title: 'Testprojekt',
  description: 'Anwerbung von Pflegefachkräften',
  startDate: '2027-01-01',
  endDate: '2028-12-31',
  targetGroup: 'BOTH',
  plannedParticipants: 12,
  countries: ['VN', 'PH'],
  occupations: 'Pflege',
  region: 'magdeburg',
};

/** A project of the actor's organisation with its draft self-assessment (revision 1, 22 open answers). */
export async function createTestProject({
  actor,
  input = {},
}: {
  actor: ScopeActor;
  input?: Partial<ProjectFormInput>;
}): Promise<{ id: string; title: string }> {
  const profile: ProjectFormInput = { ...TEST_PROJECT_PROFILE, title: `Testprojekt ${suffix()}`, ...input };
  const { id } = await createProject({ actor, input: profile });
  return { id, title: profile.title };
}

/** A participating company of the project (while its latest revision is a draft). */
export async function createTestCompany({
  actor,
  projectId,
  input = {},
}: {
  actor: ScopeActor;
  projectId: string;
  input?: Partial<CompanyFormInput>;
}): Promise<{ id: string; position: number }> {
  return addCompany({
    actor,
    projectId,
    input: {
      name: 'Muster Pflege GmbH',
      contact: 'Hauptstraße 5, 39104 Magdeburg',
      hasDeclarationOfIntent: true,
      ownContributionKind: 'Wohnraum',
      ownContributionValue: '2 Wohnungen',
      contactPersonName: 'Karla Kümmerer',
      ...input,
    },
  });
}

/**
 * Answers every standard of the project's draft revision with `answer` (complete by default),
 * one saveAnswer per standard on the version it read — as the autosave would. The standards in
 * `except` stay as they are (a journey answers them itself).
 */
export async function completeDraft({
  actor,
  projectId,
  answer = COMPLETE_ANSWER,
  except = [],
}: {
  actor: ScopeActor;
  projectId: string;
  answer?: AnswerDraft;
  except?: string[];
}): Promise<{ revisionId: string }> {
  const view = await getAssessmentView({ projectId, actor });
  for (const { key } of view.standards) {
    if (except.includes(key)) continue;
    await saveAnswer({ actor, projectId, standardKey: key, expectedVersion: view.answers[key]!.version, answer });
  }
  return { revisionId: view.revision.id };
}

/**
 * „Einreichen“ of the project's draft: completes it (completeDraft), then submitAssessment freezes
 * it with the current version of every evidence.
 */
export async function createSubmittedRevision({
  actor,
  projectId,
}: {
  actor: ScopeActor;
  projectId: string;
}): Promise<{ revisionId: string; revisionNumber: number }> {
  const { revisionId } = await completeDraft({ actor, projectId });
  const { revisionNumber } = await submitAssessment({ projectId, actor });
  return { revisionId, revisionNumber };
}

/** A mail in the mail log (the `Mail` table), stored through sendMail as the portal stores its mails. */
export async function createTestMail({
  to = `empfang-${suffix()}@verein.example`,
  subject = `Testmail ${suffix()}`,
  body = 'Guten Tag,\n\ndies ist eine Testmail.',
}: { to?: string; subject?: string; body?: string } = {}): Promise<{ id: string; to: string; subject: string }> {
  const { id } = await sendMail({ to, subject, body });
  return { id, to, subject };
}

/**
 * Notifications (and their mails) for one user about a project, one notify() per kind in its own
 * transaction, as the review's domain functions send them; the newest is the last kind.
 */
export async function createTestNotifications({
  recipientId,
  project,
  kinds,
  actorName = 'Paul Prüfung',
}: {
  recipientId: string;
  project: { id: string; title: string };
  kinds: NotificationKind[];
  actorName?: string;
}): Promise<void> {
  const { id: assessmentId } = await db.assessment.findUniqueOrThrow({ where: { projectId: project.id }, select: { id: true } });
  const data: NotificationData = {
    projectId: project.id,
    projectTitle: project.title,
    revisionNumber: 1,
    actorName,
    standardNumber: 4,
    decisionKind: 'CHANGES_REQUESTED',
    dueDate: '2027-03-15',
  };
  for (const kind of kinds) {
    await db.$transaction((tx) => notify({ tx, kind, recipientIds: [recipientId], actorId: null, assessmentId, data }));
  }
}

/**
 * Saves texts of one standard of a catalogue draft as its edit page does: updateDraftStandard on
 * the lock version stored now, the other texts as they are.
 */
export async function changeDraftStandard({
  admin,
  versionId,
  key,
  changes,
}: {
  admin: ScopeActor;
  versionId: string;
  key: string;
  changes: Partial<StandardTextsInput>;
}): Promise<{ lockVersion: number }> {
  const { standard } = await getDraftStandard({ versionId, key });
  const saved = await updateDraftStandard({
    actor: admin,
    versionId,
    input: { key, expectedLockVersion: standard.lockVersion, ...toStandardTextsInput(standard), ...changes },
  });
  return { lockVersion: saved.lockVersion };
}

/** Changes to make in a catalogue draft: per standard key the texts to replace (the rest stays). */
export type CatalogueChanges = Record<string, Partial<StandardTextsInput>>;

/**
 * A draft of the catalogue as an administrator makes it at /admin/catalogue: createDraftVersion
 * (copied from the latest published version), then per key in `changes` updateDraftStandard on
 * the lock version it read, retireDraftStandard for each key in `retire`, addDraftStandard for
 * each entry of `add` (at the end of the phase's first topic). Left as a draft.
 */
export async function createChangedCatalogueDraft({
  admin,
  changes = {},
  retire = [],
  add = [],
}: {
  admin: ScopeActor;
  changes?: CatalogueChanges;
  retire?: string[];
  add?: { phase: 'GENERAL' | 'PHASE_1' | 'PHASE_2'; text: string; objective: string }[];
}): Promise<{ id: string; number: number; added: string[] }> {
  const draft = await createDraftVersion({ actor: admin });
  for (const [key, texts] of Object.entries(changes)) await changeDraftStandard({ admin, versionId: draft.id, key, changes: texts });
  for (const key of retire) await retireDraftStandard({ actor: admin, versionId: draft.id, input: { key, retired: true } });
  const added: string[] = [];
  for (const standard of add) {
    const topic = await db.topic.findFirstOrThrow({
      where: { phase: { versionId: draft.id, key: standard.phase } },
      orderBy: { position: 'asc' },
      select: { id: true },
    });
    const { key } = await addDraftStandard({
      actor: admin,
      versionId: draft.id,
      input: { topicId: topic.id, text: standard.text, objective: standard.objective, information: '', textEn: '', objectiveEn: '', informationEn: '' },
    });
    added.push(key);
  }
  return { ...draft, added };
}

/**
 * A new published catalogue version, made as an administrator makes it: a draft with `changes`
 * (by default standard 7's German text, so there is something to publish; see
 * createChangedCatalogueDraft for `retire` and `add`), then „Veröffentlichen“ with `changeNote`.
 */
export async function publishChangedCatalogue({
  admin,
  changes = { 'std-07': { text: `Geänderter Text von Standard 7 (${suffix()}).` } },
  retire,
  add,
  changeNote = 'Standard 7 neu gefasst',
}: {
  admin: ScopeActor;
  changes?: CatalogueChanges;
  retire?: string[];
  add?: { phase: 'GENERAL' | 'PHASE_1' | 'PHASE_2'; text: string; objective: string }[];
  changeNote?: string;
}): Promise<{ id: string; number: number; added: string[] }> {
  const draft = await createChangedCatalogueDraft({ admin, changes, retire, add });
  await publishCatalogueVersion({ actor: admin, versionId: draft.id, input: { changeNote } });
  return draft;
}
