/**
 * Art. 17 (lib/privacy/erase-person.ts and its Server Action) on this file's database: the person
 * is pseudonymised and can no longer sign in (nor stay signed in), every view names them
 * „Gelöschte/r Nutzer/in“, their tokens, invitations, notifications, mail bodies and sign-in
 * attempts go — and the funding records (submitted revision with answers and profile snapshot,
 * evidence, verdicts, comments, the decision) stay byte for byte. Oneself, someone already
 * erased and the last active administrator are refused; the audit event names no one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { erasePersonAction } from '@/app/[locale]/(site)/(admin)/admin/privacy/actions';
import { authenticate } from '@/lib/auth/authenticate';
import { getCurrentUser } from '@/lib/auth/current-user';
import { addFileEvidence } from '@/lib/evidence/add-file-evidence';
import { AuthorizationError, ConflictError, DomainError, NotFoundError } from '@/lib/errors';
import { inviteColleague } from '@/lib/organisations/invite-colleague';
import { getOrganisationOverview } from '@/lib/organisations/get-organisation-overview';
import { erasePerson } from '@/lib/privacy/erase-person';
import { addComment } from '@/lib/review/add-comment';
import { decideAssessment } from '@/lib/review/decide-assessment';
import { getLatestDecision } from '@/lib/review/get-latest-decision';
import { getReviewView } from '@/lib/review/get-review-view';
import { listAssessmentHistory } from '@/lib/review/list-assessment-history';
import { listReviewQueue } from '@/lib/review/list-review-queue';
import { setVerdict } from '@/lib/review/set-verdict';
import { takeAssessment } from '@/lib/review/take-assessment';
import { displayName } from '@/lib/users/display-name';
import { seed } from '@/prisma/seed/seed';
import { minimalPdf } from '@/tests/support/evidence-files';
import {
  createOrganisation,
  createSubmittedRevision,
  createTestProject,
  createTestUser,
  demoActors,
  disableTestUser,
  PASSWORD,
  type TestUser,
} from '@/tests/support/factories';
import { expectForbidden, signIn } from '@/tests/support/next-request';
import { BASE_URL } from '@/tests/support/registration';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));
vi.mock('next/cache', () => import('@/tests/support/next-request').then((m) => m.nextCacheModule));

const storageDir = mkdtempSync(path.join(tmpdir(), 'portal-privacy-erasure-'));
process.env.STORAGE_DIR = storageDir;
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

const ERASED_DE = 'Gelöschte/r Nutzer/in';

let admin: TestUser;
let alice: TestUser;
let colleague: TestUser;
let officer: TestUser;
let secondOfficer: TestUser;
let projectId: string;
let assessmentId: string;
let revisionId: string;

beforeAll(async () => {
  await seed({ demo: true });
  ({ admin } = await demoActors());
  ({ applicant: alice } = await createOrganisation({ applicantEmail: 'Alice@Loeschen.example', applicantName: 'Alice Löschen' }));
  colleague = await createTestUser({ role: 'APPLICANT', email: 'bert@loeschen.example', name: 'Bert Bleibt', organisationId: alice.organisationId! });
  officer = await createTestUser({ role: 'OFFICER', email: 'olga@foerderung.example', name: 'Olga Prüferin' });
  secondOfficer = await createTestUser({ role: 'OFFICER', email: 'zweit@foerderung.example', name: 'Zora Zweit' });

  ({ id: projectId } = await createTestProject({ actor: alice }));
  await addFileEvidence({ actor: alice, projectId, standardKey: 'std-03', title: 'Konzept', fileName: 'konzept.pdf', bytes: minimalPdf('Konzept') });
  ({ revisionId } = await createSubmittedRevision({ actor: alice, projectId }));
  ({ id: assessmentId } = await db.assessment.findUniqueOrThrow({ where: { projectId }, select: { id: true } }));
  await takeAssessment({ assessmentId, actor: officer });
  await setVerdict({ assessmentId, actor: officer, input: { standardKey: 'std-01', verdict: 'OK' } });
  await addComment({ assessmentId, actor: officer, input: { standardKey: 'std-03', body: 'Ist das Konzept aktuell?', internal: false } });
  await addComment({ assessmentId, actor: alice, input: { standardKey: 'std-03', body: 'Ja, Stand März.', internal: false } });
  await decideAssessment({ assessmentId, actor: officer, input: { kind: 'ACCEPTED', reason: '', dueDate: null } });

  // Alice invites someone (open invitation), fails to sign in once and signs in.
  await inviteColleague({ actor: alice, input: { email: 'neu@loeschen.example' }, locale: 'de', baseUrl: BASE_URL });
  await authenticate({ email: alice.email, password: 'falsches-passwort-1' });
  await authenticate({ email: alice.email, password: PASSWORD });
});

/** The funding record of the submitted revision, as stored (JSON of the rows, in a fixed order). */
async function fundingRecord() {
  const [revision, answers, revisionEvidence, evidence, verdicts, comments, decision] = await Promise.all([
    db.revision.findUniqueOrThrow({ where: { id: revisionId } }),
    db.answer.findMany({ where: { revisionId }, orderBy: { standardKey: 'asc' } }),
    db.revisionEvidence.findMany({ where: { revisionId }, orderBy: { evidenceVersionId: 'asc' }, include: { evidenceVersion: true } }),
    db.evidence.findMany({ where: { projectId }, orderBy: { id: 'asc' } }),
    db.standardVerdict.findMany({ where: { revisionId }, orderBy: { standardKey: 'asc' } }),
    db.comment.findMany({ where: { assessmentId }, orderBy: { createdAt: 'asc' } }),
    db.decision.findUniqueOrThrow({ where: { revisionId } }),
  ]);
  return JSON.stringify({ revision, answers, revisionEvidence, evidence, verdicts, comments, decision });
}

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DomainError);

describe('erasePerson: refusals', () => {
  it('needs privacy:manage, an existing person and their address typed again', async () => {
    expect(await refusal(erasePerson({ actor: officer, input: { userId: alice.id, confirmEmail: alice.email } }))).toBeInstanceOf(AuthorizationError);
    expect(await refusal(erasePerson({ actor: admin, input: { userId: 'forged', confirmEmail: 'x@y.example' } }))).toBeInstanceOf(NotFoundError);
    const mismatch = await refusal(erasePerson({ actor: admin, input: { userId: alice.id, confirmEmail: 'bert@loeschen.example' } }));
    expect(mismatch).toMatchObject({ code: 'confirmationMismatch', fieldErrors: { confirmEmail: ['confirmationMismatch'] } });
    expect((await refusal(erasePerson({ actor: admin, input: { userId: alice.id, confirmEmail: '' } })))?.name).toMatch(/ZodError/);
  });

  it('refuses to erase oneself', async () => {
    expect(await refusal(erasePerson({ actor: admin, input: { userId: admin.id, confirmEmail: admin.email } }))).toMatchObject({ code: 'eraseSelf' });
  });
});

describe('erasePerson: an applicant', () => {
  let pseudonym: string;
  let before: string;

  beforeAll(async () => {
    before = await fundingRecord();
    // The address typed in another case is still the person's.
    await erasePerson({ actor: admin, input: { userId: alice.id, confirmEmail: ' ALICE@loeschen.example ' } });
    pseudonym = (await db.user.findUniqueOrThrow({ where: { id: alice.id }, select: { email: true } })).email;
  });

  it('replaces name and address by a pseudonym, makes the password unusable and clears the preferences', async () => {
    const row = await db.user.findUniqueOrThrow({
      where: { id: alice.id },
      select: { email: true, name: true, passwordHash: true, locale: true, mailOptOut: true, disabledAt: true, erasedAt: true, organisationId: true },
    });
    expect(row.email).toMatch(/^geloescht-[0-9a-f]{24}@invalid$/);
    expect(row).toMatchObject({ name: ERASED_DE, passwordHash: '!erased', locale: null, mailOptOut: [], organisationId: alice.organisationId });
    expect(row.disabledAt).toBeInstanceOf(Date);
    expect(row.erasedAt).toBeInstanceOf(Date);
    expect(await db.user.count({ where: { OR: [{ email: alice.email }, { name: 'Alice Löschen' }] } })).toBe(0);
  });

  it('removes tokens, revokes invitations, deletes notifications, sign-in attempts and blanks the mails sent to them', async () => {
    expect(await db.userToken.count({ where: { userId: alice.id } })).toBe(0);
    expect(await db.invitation.count({ where: { OR: [{ invitedById: alice.id }, { email: 'neu@loeschen.example' }] } })).toBe(0);
    expect(await db.notification.count({ where: { userId: alice.id } })).toBe(0);
    expect(await db.loginAttempt.count({ where: { email: alice.email } })).toBe(0);
    expect(await db.rateLimitEvent.count({ where: { key: { endsWith: alice.email } } })).toBe(0);
    expect(await db.mail.count({ where: { to: alice.email } })).toBe(0);
    const mails = await db.mail.findMany({ where: { to: pseudonym }, select: { body: true, nextAttemptAt: true } });
    expect(mails.length).toBeGreaterThan(0);
    expect(mails.every((mail) => mail.body === '' && mail.nextAttemptAt === null)).toBe(true);
  });

  it('makes signing in impossible, with the old address or the pseudonym, and ends the session', async () => {
    expect(await authenticate({ email: alice.email, password: PASSWORD })).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate({ email: pseudonym, password: PASSWORD })).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticate({ email: pseudonym, password: '!erased' })).toEqual({ ok: false, reason: 'invalid' });
    signIn(alice);
    expect(await getCurrentUser()).toBeNull();
  });

  it('keeps the submitted revision, its answers and profile snapshot, the evidence, verdicts, comments and the decision byte for byte', async () => {
    expect(await fundingRecord()).toBe(before);
  });

  it('is named „Gelöschte/r Nutzer/in“ (English: “Deleted user”) by the display helper and in every view', async () => {
    const row = await db.user.findUniqueOrThrow({ where: { id: alice.id }, select: { name: true, erasedAt: true } });
    expect(displayName(row)).toBe(ERASED_DE);
    expect(displayName(row, 'en')).toBe('Deleted user');
    expect(displayName({ name: 'Bert Bleibt', erasedAt: null }, 'en')).toBe('Bert Bleibt');

    const review = await getReviewView({ projectId, actor: officer, phase: 'GENERAL', locale: 'en' });
    const authors = (review.threads['std-03'] ?? []).map((comment) => comment.authorName);
    expect(authors).toEqual(['Olga Prüferin', 'Deleted user']);
    expect(Object.values(review.answers).every((answer) => answer.updatedByName === 'Deleted user')).toBe(true);
    const history = await listAssessmentHistory({ assessmentId, actor: officer });
    expect(history.find((entry) => entry.action === 'assessment.submit')?.actorName).toBe(ERASED_DE);
  });

  it('leaves the organisation\'s list of members, and the audit log names no one', async () => {
    const overview = await getOrganisationOverview({ actor: colleague });
    expect(overview.members.map((member) => member.id)).toEqual([colleague.id]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'user.erased', subjectId: alice.id }, select: { actorId: true, subjectType: true, details: true } });
    expect(event).toMatchObject({ actorId: admin.id, subjectType: 'User' });
    const details = JSON.stringify(event.details);
    for (const trace of [alice.email, 'alice', 'Alice', pseudonym]) expect(details).not.toContain(trace);
    expect(event.details).toMatchObject({ role: 'APPLICANT', counts: { tokens: 1, invitationsRevoked: 1, loginAttempts: 2 } });
  });

  it('is final: a second erasure is refused, and the database refuses to restore or re-enable the person', async () => {
    expect(await refusal(erasePerson({ actor: admin, input: { userId: alice.id, confirmEmail: pseudonym } }))).toBeInstanceOf(ConflictError);
    await expect(db.user.update({ where: { id: alice.id }, data: { disabledAt: null }, select: { id: true } })).rejects.toThrow(/erased/);
    await expect(db.user.update({ where: { id: alice.id }, data: { email: 'alice@loeschen.example' }, select: { id: true } })).rejects.toThrow(/erased/);
    await expect(db.user.update({ where: { id: alice.id }, data: { erasedAt: null }, select: { id: true } })).rejects.toThrow(/erased/);
  });
});

describe('erasePerson: an officer', () => {
  it('names the decider and assignee „Gelöschte/r Nutzer/in“ and takes the name out of notifications that carried it', async () => {
    const named = await db.notification.findMany({ where: { userId: colleague.id, assessmentId }, select: { data: true } });
    expect(named.some((row) => (row.data as { actorName?: string }).actorName === 'Olga Prüferin')).toBe(true);

    await erasePerson({ actor: admin, input: { userId: officer.id, confirmEmail: officer.email } });

    const decision = await getLatestDecision({ actor: colleague, projectId });
    expect(decision?.decidedByName).toBe(ERASED_DE);
    expect((await getLatestDecision({ actor: colleague, projectId, locale: 'en' }))?.decidedByName).toBe('Deleted user');
    const queue = await listReviewQueue({ actor: secondOfficer, locale: 'en' });
    expect(queue.rows.find((row) => row.id === assessmentId)?.assigneeName).toBe('Deleted user');
    const review = await getReviewView({ projectId, actor: secondOfficer });
    expect(review.assignment.assignedTo?.name).toBe(ERASED_DE);
    expect(review.decision?.decidedByName).toBe(ERASED_DE);

    const after = await db.notification.findMany({ where: { userId: colleague.id, assessmentId }, select: { data: true } });
    expect(after.length).toBe(named.length);
    expect(after.some((row) => 'actorName' in (row.data as object))).toBe(false);
  });
});

describe('erasePersonAction', () => {
  it('is for administrators: an applicant gets 403, an administrator erases after the confirmation', async () => {
    const person = await createTestUser({ role: 'APPLICANT', email: 'aktion@loeschen.example', organisationId: alice.organisationId! });
    signIn(colleague);
    await expectForbidden(erasePersonAction({ userId: person.id, confirmEmail: person.email }));
    signIn(admin);
    expect(await erasePersonAction({ userId: person.id, confirmEmail: 'falsch@loeschen.example' })).toEqual({
      ok: false,
      formError: 'confirmationMismatch',
      fieldErrors: { confirmEmail: ['confirmationMismatch'] },
    });
    expect(await erasePersonAction({ userId: person.id, confirmEmail: person.email })).toEqual({ ok: true, data: { userId: person.id } });
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { erasedAt: true } })).erasedAt).toBeInstanceOf(Date);
  });
});

describe('erasePerson: the last active administrator', () => {
  it('cannot be erased (here by an administrator disabled meanwhile), but a disabled one can', async () => {
    const lastAdmin = await createTestUser({ role: 'ADMIN', email: 'letzte@verwaltung.example' });
    const formerAdmin = await createTestUser({ role: 'ADMIN', email: 'ehemalig@verwaltung.example' });
    await disableTestUser({ userId: admin.id, admin: lastAdmin });
    await disableTestUser({ userId: formerAdmin.id, admin: lastAdmin });
    const error = await refusal(erasePerson({ actor: formerAdmin, input: { userId: lastAdmin.id, confirmEmail: lastAdmin.email } }));
    expect(error).toMatchObject({ code: 'eraseLastAdmin' });
    expect((await db.user.findUniqueOrThrow({ where: { id: lastAdmin.id }, select: { erasedAt: true } })).erasedAt).toBeNull();
    // The active one erases a disabled administrator.
    await erasePerson({ actor: lastAdmin, input: { userId: formerAdmin.id, confirmEmail: formerAdmin.email } });
    expect((await db.user.findUniqueOrThrow({ where: { id: formerAdmin.id }, select: { erasedAt: true } })).erasedAt).toBeInstanceOf(Date);
  });
});
