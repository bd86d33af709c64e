/**
 * Hostile input against the Server Actions and route handlers, on this file's database (ADR 031):
 * oversize fields (1 MB into a text field) are refused with the field's key and nothing is saved;
 * wrong types and forged ids (numbers, arrays, objects, NUL, path characters, 10,000 characters)
 * end in `notFound` / 404 or a field error, never in `unknown` (a 500); uploads with a lying
 * extension are refused by their bytes, and names with path characters, NUL, bidi overrides or
 * 1,000 characters are stored as a plain, short name. Browser-visible parts (stored XSS, the
 * 20 MB action body): tests/e2e/hostile-input.spec.ts.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { createProjectAction } from '@/app/[locale]/(site)/(applicant)/projects/new/actions';
import { updateProjectAction } from '@/app/[locale]/(site)/(applicant)/projects/[id]/edit/actions';
import { removeCompanyAction } from '@/app/[locale]/(site)/(applicant)/projects/[id]/actions';
import { saveAnswerAction, submitAssessmentAction } from '@/app/[locale]/(site)/(applicant)/projects/[id]/assessment/actions';
import { addCommentAction, editCommentAction } from '@/app/[locale]/(site)/comment-actions';
import { markRead } from '@/app/[locale]/(site)/notifications/actions';
import { POST as addEvidence } from '@/app/api/projects/[projectId]/evidence/route';
import { DELETE as removeEvidence } from '@/app/api/projects/[projectId]/evidence/[evidenceId]/route';
import { GET as download } from '@/app/api/evidence/versions/[versionId]/route';
import { GET as personalData } from '@/app/api/users/[userId]/personal-data/route';
import { seed } from '@/prisma/seed/seed';
import { elfExecutable, minimalPdf } from '@/tests/support/evidence-files';
import { TEST_PROJECT_PROFILE, createSubmittedRevision, createTestProject, demoActors, type TestUser } from '@/tests/support/factories';
import { signIn } from '@/tests/support/next-request';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));
vi.mock('next/cache', () => import('@/tests/support/next-request').then((m) => m.nextCacheModule));
vi.mock('next-intl/server', () => import('@/tests/support/next-request').then((m) => m.nextIntlServerModule));

const storageDir = mkdtempSync(path.join(tmpdir(), 'portal-hostile-'));
process.env.STORAGE_DIR = storageDir;
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

const ORIGIN = 'http://portal.test';
const HOST = { host: 'portal.test' };
const ONE_MB = 'x'.repeat(1024 * 1024);
const PROFILE = TEST_PROJECT_PROFILE;
/** Ids as a forged request may send them. */
const FORGED_IDS: unknown[] = [42, ['a', 'b'], { id: 'x' }, null, '', 'a\u0000b', '../../etc/passwd', 'x'.repeat(10_000), '$1', "' OR 1=1 --"];

let applicant: TestUser;
let projectId: string;
let submittedAssessmentId: string;

beforeAll(async () => {
  await seed({ demo: true });
  ({ applicant } = await demoActors());
  ({ id: projectId } = await createTestProject({ actor: applicant }));
  const submitted = await createTestProject({ actor: applicant });
  await createSubmittedRevision({ actor: applicant, projectId: submitted.id });
  ({ id: submittedAssessmentId } = await db.assessment.findUniqueOrThrow({ where: { projectId: submitted.id }, select: { id: true } }));
});

beforeEach(() => signIn(applicant));

const params = <T>(value: T) => ({ params: Promise.resolve(value) });

function upload(fileName: string, bytes: Uint8Array) {
  const form = new FormData();
  form.append('kind', 'FILE');
  form.append('standardKey', 'std-01');
  form.append('title', 'Nachweis');
  form.append('file', new File([new Uint8Array(bytes)], fileName));
  return addEvidence(new Request(`${ORIGIN}/api/projects/${projectId}/evidence`, { method: 'POST', body: form, headers: HOST }), params({ projectId }));
}

describe('oversize fields', () => {
  it('refuses 1 MB in a text field with the field’s key and saves nothing', async () => {
    const projects = await db.project.count();
    const created = await createProjectAction({ ...PROFILE, title: ONE_MB, description: ONE_MB });
    expect(created).toMatchObject({ ok: false, fieldErrors: { title: ['max200'], description: [expect.stringMatching(/^max\d+$/)] } });
    expect(await db.project.count()).toBe(projects);

    const { updatedAt } = await db.project.findUniqueOrThrow({ where: { id: projectId }, select: { updatedAt: true } });
    const updated = await updateProjectAction(projectId, updatedAt.toISOString(), { ...PROFILE, occupations: ONE_MB });
    expect(updated).toMatchObject({ ok: false, fieldErrors: { occupations: [expect.stringMatching(/^max\d+$/)] } });
    expect((await db.project.findUniqueOrThrow({ where: { id: projectId }, select: { updatedAt: true } })).updatedAt).toEqual(updatedAt);
  });

  it('refuses 1 MB in an answer and in a comment, keeping the stored answer and adding no comment', async () => {
    const saved = await saveAnswerAction(projectId, {
      standardKey: 'std-01',
      expectedVersion: 0,
      answer: { status: 'FULFILLED', implementation: ONE_MB, plannedMeasures: '', targetDate: null, partners: ONE_MB },
    });
    expect(saved).toMatchObject({ ok: false, fieldErrors: { implementation: [expect.any(String)], partners: [expect.any(String)] } });
    const answer = await db.answer.findFirstOrThrow({ where: { standardKey: 'std-01', revision: { assessment: { projectId } } }, select: { version: true, implementation: true } });
    expect(answer).toEqual({ version: 0, implementation: '' });

    const comments = await db.comment.count();
    expect(await addCommentAction(submittedAssessmentId, { standardKey: 'std-01', body: ONE_MB, internal: false })).toMatchObject({ ok: false, fieldErrors: { body: ['bodyTooLong'] } });
    expect(await db.comment.count()).toBe(comments);
  });
});

describe('wrong types and forged ids', () => {
  it('answers every forged id of an action with notFound, never unknown', async () => {
    for (const id of FORGED_IDS) {
      for (const call of [
        () => submitAssessmentAction(id),
        () => removeCompanyAction(id),
        () => markRead(id),
        () => editCommentAction(id, { body: 'x' }),
        () => addCommentAction(id, { standardKey: null, body: 'x', internal: false }),
        () => saveAnswerAction(id, { standardKey: 'std-01', expectedVersion: 0, answer: { status: 'OPEN', implementation: '', plannedMeasures: '', targetDate: null, partners: '' } }),
      ]) {
        const result = await call();
        expect(result.ok, `${JSON.stringify(id)?.slice(0, 40)}`).toBe(false);
        expect(result.ok === false && (result.formError === 'notFound' || result.fieldErrors !== undefined), `${JSON.stringify(id)?.slice(0, 40)}: ${JSON.stringify(result).slice(0, 200)}`).toBe(true);
      }
    }
  });

  it('answers input of the wrong shape with field errors, never unknown', async () => {
    for (const input of [null, 42, 'text', [1, 2], { title: 42, countries: 'VN', plannedParticipants: { a: 1 } }, { __proto__: { admin: true } }]) {
      const result = await createProjectAction(input);
      expect(result).toMatchObject({ ok: false, fieldErrors: expect.any(Object) });
    }
    const wrongTypes = await saveAnswerAction(projectId, { standardKey: ['std-01'], expectedVersion: 'x', answer: 'FULFILLED' });
    expect(wrongTypes).toMatchObject({ ok: false, fieldErrors: expect.any(Object) });
  });

  it('answers forged ids of route handlers with 404 as JSON', async () => {
    for (const id of ['../../etc/passwd', 'a\u0000b', 'x'.repeat(10_000), "' OR 1=1 --"]) {
      expect((await download(new Request(`${ORIGIN}/api/evidence/versions/x`), params({ versionId: id }))).status).toBe(404);
      expect((await personalData(new Request(`${ORIGIN}/api/users/x/personal-data`), params({ userId: id }))).status).toBe(404);
      const removal = await removeEvidence(new Request(`${ORIGIN}/api/projects/${projectId}/evidence/x`, { method: 'DELETE', headers: HOST }), params({ projectId, evidenceId: id }));
      expect(removal.status).toBe(404);
      const add = await addEvidence(new Request(`${ORIGIN}/api/projects/x/evidence`, { method: 'POST', body: linkForm('https://example.org'), headers: HOST }), params({ projectId: id }));
      expect(add.status).toBe(404);
    }
  });

  it('answers a 5 MB JSON body to the upload route with 415 and stores nothing', async () => {
    const evidence = await db.evidence.count();
    const body = JSON.stringify({ kind: 'LINK', url: 'https://example.org', padding: 'x'.repeat(5 * 1024 * 1024) });
    const response = await addEvidence(new Request(`${ORIGIN}/api/projects/${projectId}/evidence`, { method: 'POST', body, headers: { ...HOST, 'content-type': 'application/json' } }), params({ projectId }));
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ ok: false, formError: 'notMultipart' });
    expect(await db.evidence.count()).toBe(evidence);
  });
});

function linkForm(url: string, title = 'Link') {
  const form = new FormData();
  form.append('kind', 'LINK');
  form.append('standardKey', 'std-01');
  form.append('title', title);
  form.append('url', url);
  return form;
}

describe('link evidence', () => {
  it('refuses javascript:, data: and other non-web addresses', async () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd']) {
      const response = await addEvidence(new Request(`${ORIGIN}/api/projects/${projectId}/evidence`, { method: 'POST', body: linkForm(url), headers: HOST }), params({ projectId }));
      expect(response.status, url).toBe(422);
      expect(await response.json()).toMatchObject({ ok: false, fieldErrors: { url: [expect.any(String)] } });
    }
  });
});

describe('uploads', () => {
  it('refuses an executable named .pdf by its bytes (415) and keeps nothing of it', async () => {
    const before = await db.evidenceVersion.count();
    const response = await upload('rechnung.pdf', elfExecutable());
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ ok: false, formError: 'fileTypeNotAllowed' });
    expect(await db.evidenceVersion.count()).toBe(before);
    expect(readdirSync(storageDir).filter((name) => name !== '.incoming')).toEqual([]);
  });

  it('stores names with path characters, NUL, bidi overrides or 1,000 characters as a plain, short name', async () => {
    const cases: Array<[sent: string, stored: string | RegExp]> = [
      ['../../etc/passwd.pdf', 'passwd.pdf'],
      ['a/b\\c.pdf', 'c.pdf'],
      ['bericht\u0000.pdf', 'bericht.pdf'],
      ['rechnung\u202Efdp.exe.pdf', 'rechnungfdp.exe.pdf'],
      [`${'ä'.repeat(1000)}.pdf`, /^ä{176}\.pdf$/],
    ];
    for (const [sent, stored] of cases) {
      const response = await upload(sent, minimalPdf(sent.slice(0, 20)));
      expect(response.status, JSON.stringify(sent.slice(0, 30))).toBe(201);
      const { data } = (await response.json()) as { data: { versions: { fileName: string }[] } };
      expect(data.versions[0]!.fileName).toMatch(typeof stored === 'string' ? new RegExp(`^${stored.replace(/[.\\]/g, '\\$&')}$`) : stored);
    }
    // Stored under random keys only: nothing named after what was sent, nothing outside the directory.
    for (const name of readdirSync(storageDir, { recursive: true, encoding: 'utf8' })) expect(name).not.toMatch(/passwd|bericht|rechnung|\.\./);
  });
});
