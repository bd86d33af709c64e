/**
 * Art. 15 (lib/privacy/export-person-data.ts and its route handler) on this file's database: the
 * export holds the person's rows — and nobody else's, though a colleague in the same
 * organisation, an applicant of another one and an officer work on the same data — never a
 * password or token hash, and it is audited. The route: the person themselves and
 * administrators get the file, anyone else 404, anonymous callers 401.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { GET } from '@/app/api/users/[userId]/personal-data/route';
import { authenticate } from '@/lib/auth/authenticate';
import { saveAnswer } from '@/lib/assessments/save-answer';
import { getAssessmentView } from '@/lib/assessments/get-assessment-view';
import { addFileEvidence } from '@/lib/evidence/add-file-evidence';
import { NotFoundError } from '@/lib/errors';
import { exportPersonData } from '@/lib/privacy/export-person-data';
import { addComment } from '@/lib/review/add-comment';
import { decideAssessment } from '@/lib/review/decide-assessment';
import { setVerdict } from '@/lib/review/set-verdict';
import { takeAssessment } from '@/lib/review/take-assessment';
import { seed } from '@/prisma/seed/seed';
import { minimalPdf } from '@/tests/support/evidence-files';
import { COMPLETE_ANSWER, createOrganisation, createSubmittedRevision, createTestProject, createTestUser, demoActors, PASSWORD, type TestUser } from '@/tests/support/factories';
import { signIn } from '@/tests/support/next-request';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));

const storageDir = mkdtempSync(path.join(tmpdir(), 'portal-privacy-export-'));
process.env.STORAGE_DIR = storageDir;
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

let alice: TestUser;
let colleague: TestUser;
let stranger: TestUser;
let officer: TestUser;
let admin: TestUser;
let project: { id: string; title: string };

beforeAll(async () => {
  await seed({ demo: true });
  ({ admin } = await demoActors());
  ({ applicant: alice } = await createOrganisation({ applicantEmail: 'alice@export.example', applicantName: 'Alice Antrag' }));
  colleague = await createTestUser({ role: 'APPLICANT', email: 'bert@export.example', name: 'Bert Kollege', organisationId: alice.organisationId! });
  stranger = await createTestUser({ role: 'APPLICANT', email: 'clara@fremd.example', name: 'Clara Fremd' });
  officer = await createTestUser({ role: 'OFFICER', email: 'otto@foerderung.example', name: 'Otto Prüfer' });

  // Alice's project: evidence, every answer, submitted; the officer reviews and asks for changes.
  project = await createTestProject({ actor: alice, input: { title: 'Pflege aus Vietnam' } });
  await addFileEvidence({ actor: alice, projectId: project.id, standardKey: 'std-01', title: 'Konzept', fileName: 'konzept.pdf', bytes: minimalPdf('Konzept') });
  await createSubmittedRevision({ actor: alice, projectId: project.id });
  const { id: assessmentId } = await db.assessment.findUniqueOrThrow({ where: { projectId: project.id }, select: { id: true } });
  await takeAssessment({ assessmentId, actor: officer });
  await setVerdict({ assessmentId, actor: officer, input: { standardKey: 'std-01', verdict: 'NEEDS_REVISION' } });
  await addComment({ assessmentId, actor: officer, input: { standardKey: 'std-01', body: 'Bitte Konzept ergänzen', internal: false } });
  await addComment({ assessmentId, actor: alice, input: { standardKey: 'std-01', body: 'Wird nachgereicht', internal: false } });
  await decideAssessment({ assessmentId, actor: officer, input: { kind: 'CHANGES_REQUESTED', reason: 'Standard 1 fehlt', dueDate: null } });

  // The colleague works on the new draft of the same project; the stranger on a project of their own.
  const draft = await getAssessmentView({ projectId: project.id, actor: colleague });
  await saveAnswer({ actor: colleague, projectId: project.id, standardKey: 'std-02', expectedVersion: draft.answers['std-02']!.version, answer: { ...COMPLETE_ANSWER, implementation: 'Bert schreibt' } });
  await addFileEvidence({ actor: colleague, projectId: project.id, standardKey: 'std-02', title: 'Berts Nachweis', fileName: 'bert.pdf', bytes: minimalPdf('Bert') });
  const foreign = await createTestProject({ actor: stranger, input: { title: 'Fremdes Projekt' } });
  await createSubmittedRevision({ actor: stranger, projectId: foreign.id });

  // Sign-in attempts for Alice's address (one failed, one successful) and the colleague's.
  await authenticate({ email: alice.email, password: 'falsches-passwort-123' });
  await authenticate({ email: alice.email, password: PASSWORD });
  await authenticate({ email: colleague.email, password: PASSWORD });
});

/** Every value of a JSON tree, flattened to strings. */
function everyString(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(everyString);
  if (value instanceof Date) return [value.toISOString()];
  if (typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => [key, ...everyString(inner)]);
  return [String(value)];
}

describe('exportPersonData', () => {
  it('holds the account, organisation, project, answers, comments, evidence metadata, notifications, mails, sign-in attempts and audit events of the person', async () => {
    const data = await exportPersonData({ actor: alice, userId: alice.id });
    expect(data).toMatchObject({ format: 'standards-portal/person-data', version: 1 });
    expect(data.account).toMatchObject({ id: alice.id, email: 'alice@export.example', name: 'Alice Antrag', role: 'APPLICANT' });
    expect(data.account.emailConfirmedAt).toBeInstanceOf(Date);
    expect(data.account.tokens.map((token) => token.purpose)).toEqual(['EMAIL_CONFIRMATION']);
    expect(data.organisation?.id).toBe(alice.organisationId);
    expect(data.projectsCreated.map((row) => row.title)).toEqual(['Pflege aus Vietnam']);

    // Her 22 answers of revision 1 (the copies in the new draft were saved by her too, except the colleague's).
    const submitted = data.answers.filter((answer) => answer.revisionNumber === 1);
    expect(submitted).toHaveLength(22);
    expect(submitted.every((answer) => answer.projectId === project.id && answer.revisionStatus === 'SUBMITTED')).toBe(true);
    expect(data.answers.some((answer) => answer.implementation === 'Bert schreibt')).toBe(false);

    expect(data.comments.map((comment) => comment.body)).toEqual(['Wird nachgereicht']);
    expect(data.evidence.map((row) => row.title)).toEqual(['Konzept']);
    expect(data.evidenceVersions).toHaveLength(1);
    expect(data.evidenceVersions[0]).toMatchObject({ fileName: 'konzept.pdf', mediaType: 'application/pdf', number: 1 });
    expect(data.evidenceVersions[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(data.revisionsSubmitted.map((row) => row.number)).toEqual([1]);
    expect(data.notifications.map((row) => row.kind).sort()).toEqual(['COMMENT_ADDED', 'DECISION_MADE']);
    expect(data.mails.length).toBeGreaterThanOrEqual(3);
    expect(data.mails.every((mail) => typeof mail.subject === 'string' && !('body' in mail))).toBe(true);
    expect(data.loginAttempts.map((row) => row.succeeded)).toEqual([false, true]);
    const actions = data.auditEvents.map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['user.registered', 'user.email-confirmed', 'project.created', 'answer.saved', 'user.sign-in', 'comment.created']));
    // Nothing of the review that is the officer's own.
    expect(data.verdicts).toEqual([]);
    expect(data.decisions).toEqual([]);
  });

  it('holds nobody else\'s rows: every row is filtered by the person, and no other person\'s id or address appears', async () => {
    const data = await exportPersonData({ actor: alice, userId: alice.id });
    const strings = everyString(data);
    for (const other of [colleague, stranger, officer, admin]) {
      expect(strings).not.toContain(other.id);
      expect(strings.join('\n')).not.toContain(other.email);
    }
    const [answers, audit, evidenceVersions, notifications] = await Promise.all([
      db.answer.findMany({ where: { updatedById: alice.id }, select: { id: true } }),
      db.auditEvent.findMany({ where: { OR: [{ actorId: alice.id }, { subjectType: 'User', subjectId: alice.id }] }, select: { id: true } }),
      db.evidenceVersion.findMany({ where: { uploadedById: alice.id }, select: { id: true } }),
      db.notification.findMany({ where: { userId: alice.id }, select: { id: true } }),
    ]);
    const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
    expect(ids(data.answers)).toEqual(ids(answers));
    // The export's own audit event is written after the reads.
    expect(ids(data.auditEvents)).toEqual(ids(audit).filter((id) => data.auditEvents.some((event) => event.id === id)));
    expect(data.auditEvents.length).toBe(audit.length - 1);
    expect(ids(data.evidenceVersions)).toEqual(ids(evidenceVersions));
    expect(ids(data.notifications)).toEqual(ids(notifications));
  });

  it('never holds a password hash, a token hash or a storage key', async () => {
    const data = await exportPersonData({ actor: admin, userId: alice.id });
    const text = JSON.stringify(data);
    const secrets = await db.user.findUniqueOrThrow({ where: { id: alice.id }, select: { passwordHash: true, tokens: { select: { tokenHash: true } } } });
    const keys = await db.evidenceVersion.findMany({ where: { uploadedById: alice.id }, select: { storageKey: true } });
    for (const secret of [secrets.passwordHash, ...secrets.tokens.map((token) => token.tokenHash), ...keys.map((key) => key.storageKey!)]) {
      expect(text.includes(secret), 'a secret in the export').toBe(false);
    }
    expect(/passwordHash|tokenHash|storageKey/.test(text)).toBe(false);
  });

  it('holds an officer\'s verdicts, comments, decisions and assignments', async () => {
    const data = await exportPersonData({ actor: officer, userId: officer.id });
    expect(data.verdicts).toEqual([expect.objectContaining({ standardKey: 'std-01', verdict: 'NEEDS_REVISION' })]);
    expect(data.decisions).toEqual([expect.objectContaining({ kind: 'CHANGES_REQUESTED', reason: 'Standard 1 fehlt', decided: true, confirmed: false })]);
    expect(data.comments.map((comment) => comment.body)).toEqual(['Bitte Konzept ergänzen']);
    expect(data.assignedAssessments).toHaveLength(1);
    expect(data.organisation).toBeNull();
    expect(everyString(data)).not.toContain(alice.id);
  });

  it('is audited: who exported whom, nothing of the contents', async () => {
    await exportPersonData({ actor: admin, userId: colleague.id });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'privacy.exported', subjectId: colleague.id }, select: { actorId: true, subjectType: true, details: true } });
    expect(event).toEqual({ actorId: admin.id, subjectType: 'User', details: { self: false } });
  });

  it('is for the person and administrators only: anyone else finds nobody', async () => {
    await expect(exportPersonData({ actor: colleague, userId: alice.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportPersonData({ actor: officer, userId: alice.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportPersonData({ actor: admin, userId: 'forged' })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('GET /api/users/[userId]/personal-data', () => {
  const download = (userId: string) => GET(new Request(`http://portal.test/api/users/${userId}/personal-data`), { params: Promise.resolve({ userId }) });

  it('gives the person their own file as an attachment', async () => {
    signIn(alice);
    const response = await download(alice.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="personal-data-${alice.id}-\\d{4}-\\d{2}-\\d{2}\\.json"`));
    const body = (await response.json()) as { account: { email: string }; projectsCreated: { id: string }[] };
    expect(body.account.email).toBe(alice.email);
    expect(body.projectsCreated.map((row) => row.id)).toEqual([project.id]);
  });

  it('gives an administrator anyone\'s file', async () => {
    signIn(admin);
    const response = await download(alice.id);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { account: { id: string } }).account.id).toBe(alice.id);
  });

  it('answers 404 to another applicant and to an officer, 401 to anonymous callers', async () => {
    for (const other of [stranger, colleague, officer]) {
      signIn(other);
      const response = await download(alice.id);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ ok: false, formError: 'notFound' });
    }
    signIn(null);
    const response = await download(alice.id);
    expect(response.status).toBe(401);
  });
});
