/**
 * The route handlers under /api, called with real Request objects on this file's database and
 * a storage directory of its own: the guards (401/403 as JSON, never a redirect; cross-origin
 * state changes refused), parsing (field errors, forged ids → 404) and the HTTP status of each
 * domain error (lib/errors.ts). Only Next's request edges are replaced
 * (tests/support/next-request.ts); the signed-in user is loaded from the database.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { POST } from '@/app/api/projects/[projectId]/evidence/route';
import { DELETE } from '@/app/api/projects/[projectId]/evidence/[evidenceId]/route';
import { GET as download } from '@/app/api/evidence/versions/[versionId]/route';
import { GET as health } from '@/app/api/health/route';
import { MAX_EVIDENCE_FILE_BYTES, MAX_EVIDENCE_REQUEST_BYTES } from '@/lib/evidence/evidence-rules';
import { seed } from '@/prisma/seed/seed';
import { htmlPage, minimalPdf, pdfOfSize } from '@/tests/support/evidence-files';
import { createSubmittedRevision, createTestProject, createTestUser, demoActors, type TestUser } from '@/tests/support/factories';
import { signIn } from '@/tests/support/next-request';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));

const storageDir = mkdtempSync(path.join(tmpdir(), 'portal-routes-'));
process.env.STORAGE_DIR = storageDir;

const ORIGIN = 'http://portal.test';
const HOST = { host: 'portal.test' };

let applicant: TestUser;
let officer: TestUser;
let stranger: TestUser;
let projectId: string;
let foreignProjectId: string;

beforeAll(async () => {
  await seed({ demo: true });
  ({ applicant, officer } = await demoActors());
  stranger = await createTestUser({ role: 'APPLICANT', email: 'fremd@routen.example' });
  ({ id: projectId } = await createTestProject({ actor: applicant }));
  ({ id: foreignProjectId } = await createTestProject({ actor: stranger }));
});

beforeEach(() => signIn(applicant));
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

const params = <T>(value: T) => ({ params: Promise.resolve(value) });

/** The fields of the evidence form; `file` (named `fileName`) is sent as the file part. */
type UploadFields = { file?: Uint8Array; fileName?: string; [field: string]: string | Uint8Array | undefined };

/** A multipart upload as the evidence form sends it. */
function upload(target: string, { file, fileName = 'nachweis.pdf', ...fields }: UploadFields, headers: Record<string, string> = HOST) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value as string);
  if (file) form.append('file', new File([new Uint8Array(file)], fileName));
  const request = new Request(`${ORIGIN}/api/projects/${target}/evidence`, { method: 'POST', body: form, headers });
  return POST(request, params({ projectId: target }));
}

function remove(target: string, evidenceId: string, headers: Record<string, string> = HOST) {
  const request = new Request(`${ORIGIN}/api/projects/${target}/evidence/${evidenceId}`, { method: 'DELETE', headers });
  return DELETE(request, params({ projectId: target, evidenceId }));
}

function get(versionId: string) {
  return download(new Request(`${ORIGIN}/api/evidence/versions/${versionId}`), params({ versionId }));
}

async function expectJson(response: Response, status: number, body: unknown) {
  expect(response.status).toBe(status);
  expect(response.headers.get('cache-control')).toBe('private, no-store');
  expect(await response.json()).toEqual(body);
}

const pdfUpload = (title: string, bytes = minimalPdf(title)) => ({ kind: 'FILE', standardKey: 'std-01', title, file: bytes });

describe('POST /api/projects/[projectId]/evidence', () => {
  it('stores a file and a link and answers 201 with the item', async () => {
    const bytes = minimalPdf('Konzept');
    const response = await upload(projectId, { ...pdfUpload('Konzept', bytes), fileName: 'Konzept für Pflege.pdf' });
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const body = await response.json();
    expect(body).toMatchObject({ ok: true, data: { kind: 'FILE', title: 'Konzept', standardKey: 'std-01', latest: { number: 1, mediaType: 'application/pdf', size: bytes.length } } });
    const link = await upload(projectId, { kind: 'LINK', standardKey: 'std-02', title: 'Leitbild', url: 'https://example.org/leitbild' });
    expect(link.status).toBe(201);
    expect((await link.json()).data.latest).toMatchObject({ number: 1, url: 'https://example.org/leitbild' });
  });

  it('answers malformed requests with 415/422 and field keys', async () => {
    const json = new Request(`${ORIGIN}/api/projects/${projectId}/evidence`, { method: 'POST', body: '{"kind":"LINK"}', headers: { ...HOST, 'content-type': 'application/json' } });
    await expectJson(await POST(json, params({ projectId })), 415, { ok: false, formError: 'notMultipart' });
    await expectJson(await upload(projectId, { kind: 'ZIP', standardKey: 'std-01', title: 'X' }), 422, { ok: false, formError: 'invalid', fieldErrors: { kind: ['kindInvalid'] } });
    await expectJson(await upload(projectId, { kind: 'FILE', standardKey: 'std-01', title: 'Ohne Datei' }), 422, { ok: false, formError: 'invalid', fieldErrors: { file: ['fileRequired'] } });
    await expectJson(await upload(projectId, { kind: 'LINK', standardKey: 'std-01', url: 'javascript:alert(1)' }), 422, {
      ok: false,
      formError: 'invalid',
      fieldErrors: { title: ['titleRequired'], url: ['urlProtocol'] },
    });
    await expectJson(await upload(projectId, { kind: 'LINK', standardKey: 'std-99', title: 'X', url: 'https://example.org' }), 422, {
      ok: false,
      formError: 'standardInvalid',
      fieldErrors: { standardKey: ['standardInvalid'] },
    });
  });

  it('answers a refused file with its code: 415 for a disguised type, 413 beyond 10 MB, 422 when empty', async () => {
    const before = await db.evidence.count();
    const fileError = (code: string) => ({ ok: false, formError: code, fieldErrors: { file: [code] } });
    await expectJson(await upload(projectId, { ...pdfUpload('Rechnung', htmlPage()), fileName: 'rechnung.pdf' }), 415, fileError('fileTypeNotAllowed'));
    await expectJson(await upload(projectId, pdfUpload('Zu groß', pdfOfSize(MAX_EVIDENCE_FILE_BYTES + 1))), 413, fileError('fileTooLarge'));
    await expectJson(await upload(projectId, pdfUpload('Leer', new Uint8Array())), 422, fileError('fileEmpty'));
    // A body beyond the request limit is refused while reading, whatever Content-Length says.
    const oversized = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let sent = 0; sent <= MAX_EVIDENCE_REQUEST_BYTES; sent += 1024 * 1024) controller.enqueue(new Uint8Array(1024 * 1024));
        controller.close();
      },
    });
    const streamed = new Request(`${ORIGIN}/api/projects/${projectId}/evidence`, {
      method: 'POST',
      body: oversized,
      headers: { ...HOST, 'content-type': 'multipart/form-data; boundary=x' },
      duplex: 'half',
    } as RequestInit);
    await expectJson(await POST(streamed, params({ projectId })), 413, fileError('fileTooLarge'));
    expect(await db.evidence.count()).toBe(before);
  });

  it('answers 404 for a project of another organisation or an unknown one, and for a forged evidence id', async () => {
    const own = await (await upload(projectId, pdfUpload('Eigen'))).json();
    for (const target of [foreignProjectId, 'does-not-exist']) {
      await expectJson(await upload(target, pdfUpload('Fremd')), 404, { ok: false, formError: 'notFound' });
    }
    signIn(stranger);
    await expectJson(await upload(foreignProjectId, { kind: 'FILE', evidenceId: own.data.id, file: minimalPdf() }), 404, { ok: false, formError: 'notFound' });
    expect(await db.evidenceVersion.count({ where: { evidenceId: own.data.id } })).toBe(1);
  });
});

describe('guards of the evidence routes', () => {
  it('answers anonymous callers 401 as JSON, never a redirect', async () => {
    const { data: item } = await (await upload(projectId, pdfUpload('Anonym'))).json();
    signIn(null);
    const refused = { ok: false, formError: 'unauthenticated' };
    await expectJson(await upload(projectId, pdfUpload('X')), 401, refused);
    await expectJson(await remove(projectId, item.id), 401, refused);
    await expectJson(await get(item.latest.id), 401, refused);
  });

  it('answers officers 403 for changes and 404 for a draft’s files', async () => {
    const { data: item } = await (await upload(projectId, pdfUpload('Entwurf'))).json();
    signIn(officer);
    await expectJson(await upload(projectId, { kind: 'LINK', standardKey: 'std-01', title: 'X', url: 'https://example.org' }), 403, { ok: false, formError: 'forbidden' });
    await expectJson(await remove(projectId, item.id), 403, { ok: false, formError: 'forbidden' });
    await expectJson(await get(item.latest.id), 404, { ok: false, formError: 'notFound' });
  });

  it('refuses state changes sent by another site’s page with 403, before anything else', async () => {
    const { data: item } = await (await upload(projectId, pdfUpload('Herkunft'))).json();
    const before = await db.evidence.count();
    const evil = { ...HOST, origin: 'https://evil.example' };
    await expectJson(await upload(projectId, pdfUpload('Untergeschoben'), evil), 403, { ok: false, formError: 'forbidden' });
    await expectJson(await remove(projectId, item.id, evil), 403, { ok: false, formError: 'forbidden' });
    await expectJson(await remove(projectId, item.id, { ...HOST, origin: 'not a url' }), 403, { ok: false, formError: 'forbidden' });
    signIn(null);
    await expectJson(await upload(projectId, pdfUpload('Untergeschoben'), evil), 403, { ok: false, formError: 'forbidden' });
    expect(await db.evidence.count()).toBe(before);
    expect(await db.evidence.findUniqueOrThrow({ where: { id: item.id }, select: { removedAt: true } })).toEqual({ removedAt: null });

    // The portal's own pages (same origin, also behind a proxy) pass.
    signIn(applicant);
    expect((await upload(projectId, pdfUpload('Eigene Seite'), { ...HOST, origin: ORIGIN })).status).toBe(201);
    expect((await remove(projectId, item.id, { host: 'internal:3000', 'x-forwarded-host': 'portal.test', origin: ORIGIN })).status).toBe(204);
  });
});

describe('DELETE /api/projects/[projectId]/evidence/[evidenceId]', () => {
  it('removes evidence once (204), answers 404 for foreign and removed evidence', async () => {
    const { data: item } = await (await upload(projectId, pdfUpload('Weg damit'))).json();
    signIn(stranger);
    await expectJson(await remove(projectId, item.id), 404, { ok: false, formError: 'notFound' });
    await expectJson(await remove(foreignProjectId, item.id), 404, { ok: false, formError: 'notFound' });
    signIn(applicant);
    const removed = await remove(projectId, item.id);
    expect(removed.status).toBe(204);
    expect(await removed.text()).toBe('');
    await expectJson(await remove(projectId, item.id), 404, { ok: false, formError: 'notFound' });
  });
});

describe('GET /api/evidence/versions/[versionId]', () => {
  it('sends the stored bytes as an attachment that is never rendered', async () => {
    const bytes = minimalPdf('Herunterladen');
    const { data: item } = await (await upload(projectId, { ...pdfUpload('Plan', bytes), fileName: 'Plan für 2027.pdf' })).json();
    const response = await get(item.latest.id);
    expect(response.status).toBe(200);
    expect(Buffer.compare(Buffer.from(await response.arrayBuffer()), Buffer.from(bytes))).toBe(0);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(bytes.length),
      'content-disposition': `attachment; filename="Plan fur 2027.pdf"; filename*=UTF-8''Plan%20f%C3%BCr%202027.pdf`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      'content-security-policy': "default-src 'none'; sandbox",
      etag: `"${createHash('sha256').update(bytes).digest('hex')}"`,
    });
  });

  it('answers 404 for unknown and foreign versions and for a file missing from the storage', async () => {
    const { data: item } = await (await upload(projectId, pdfUpload('Verschwunden'))).json();
    await expectJson(await get('does-not-exist'), 404, { ok: false, formError: 'notFound' });
    signIn(stranger);
    await expectJson(await get(item.latest.id), 404, { ok: false, formError: 'notFound' });
    signIn(applicant);
    const { storageKey } = await db.evidenceVersion.findUniqueOrThrow({ where: { id: item.latest.id }, select: { storageKey: true } });
    rmSync(path.join(storageDir, storageKey!.slice(0, 2), storageKey!));
    await expectJson(await get(item.latest.id), 404, { ok: false, formError: 'notFound' });
  });
});

describe('a submitted self-assessment', () => {
  it('answers 409 projectLocked to uploads and removal; the officer may now download the frozen version', async () => {
    const { id: locked } = await createTestProject({ actor: applicant, input: { title: 'Eingereicht' } });
    const { data: item } = await (await upload(locked, pdfUpload('Eingefroren'))).json();
    await createSubmittedRevision({ actor: applicant, projectId: locked });
    await expectJson(await upload(locked, pdfUpload('Zu spät')), 409, { ok: false, formError: 'projectLocked' });
    await expectJson(await upload(locked, { kind: 'FILE', evidenceId: item.id, file: minimalPdf('v2') }), 409, { ok: false, formError: 'projectLocked' });
    await expectJson(await remove(locked, item.id), 409, { ok: false, formError: 'projectLocked' });
    signIn(officer);
    expect((await get(item.latest.id)).status).toBe(200);
  });
});

describe('GET /api/health', () => {
  it('answers 200 with the database up, never cached', async () => {
    const response = await health();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });
});
