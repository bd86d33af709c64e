/**
 * The upload route's content checks and the optional virus scan (issue #10, ADR 025), through
 * the route handler with real requests, this file's database and its own storage directory:
 * office macros and PDF JavaScript are refused with their codes; with CLAMD_SOCKET set, the file
 * goes to clamd over the INSTREAM protocol — here a small server speaking that protocol (ClamAV
 * itself is not installed): it reports the EICAR test string as found and everything else as OK,
 * or, as a broken scanner would, never answers. Unreachable or silent scanners refuse the file
 * (fail closed). A refused file leaves neither rows nor stored files behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/projects/[projectId]/evidence/route';
import { db } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { addFileEvidence } from '@/lib/evidence/add-file-evidence';
import { de, en } from '@/lib/i18n/messages';
import { updateSettings } from '@/lib/settings/update-settings';
import { seed } from '@/prisma/seed/seed';
import { docxWithMacros, EICAR, minimalPdf, pdfWithEicar, pdfWithOpenAction, storedObjects } from '@/tests/support/evidence-files';
import { createTestProject, demoActors, type TestUser } from '@/tests/support/factories';
import { signIn } from '@/tests/support/next-request';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));

const storageDir = mkdtempSync(path.join(tmpdir(), 'portal-checks-'));
process.env.STORAGE_DIR = storageDir;

let applicant: TestUser;
let admin: TestUser;
let projectId: string;

beforeAll(async () => {
  await seed({ demo: true });
  ({ applicant, admin } = await demoActors());
  ({ id: projectId } = await createTestProject({ actor: applicant, input: { title: 'Prüfungen beim Hochladen' } }));
});
beforeEach(() => signIn(applicant));
afterEach(() => {
  delete process.env.CLAMD_SOCKET;
});
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));


function upload(title: string, file: Uint8Array, fileName = 'nachweis.pdf') {
  const form = new FormData();
  form.append('kind', 'FILE');
  form.append('standardKey', 'std-01');
  form.append('title', title);
  form.append('file', new File([new Uint8Array(file)], fileName));
  const request = new Request(`http://portal.test/api/projects/${projectId}/evidence`, { method: 'POST', body: form, headers: { host: 'portal.test' } });
  return POST(request, { params: Promise.resolve({ projectId }) });
}

/** Expects a refusal of the file with `code` and `status`, and that nothing was stored. */
async function expectRefused(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = await response.json();
  expect(body).toMatchObject({ ok: false, formError: code, fieldErrors: { file: [code] } });
  return body as { values?: Record<string, string | number> };
}

type FakeClamd = { socket: string; scanned: Buffer[]; chunkSizes: number[]; close(): Promise<void> };

/** A server that speaks clamd's INSTREAM protocol: FOUND for the EICAR string, else OK; `silent`: never answers. */
async function startFakeClamd({ unixSocket, silent = false }: { unixSocket?: string; silent?: boolean } = {}): Promise<FakeClamd> {
  const scanned: Buffer[] = [];
  const chunkSizes: number[] = [];
  const server = net.createServer((connection) => {
    let pending = Buffer.alloc(0);
    let commandRead = false;
    const data: Buffer[] = [];
    connection.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      if (!commandRead) {
        if (pending.length < 10) return;
        if (pending.subarray(0, 10).toString('latin1') !== 'zINSTREAM\0') return void connection.end('UNKNOWN COMMAND\0');
        pending = pending.subarray(10);
        commandRead = true;
      }
      while (pending.length >= 4) {
        const length = pending.readUInt32BE(0);
        if (length === 0) {
          const content = Buffer.concat(data);
          scanned.push(content);
          if (!silent) connection.end(content.includes(EICAR) ? 'stream: Eicar-Test-Signature FOUND\0' : 'stream: OK\0');
          return;
        }
        if (pending.length < 4 + length) return;
        chunkSizes.push(length);
        data.push(pending.subarray(4, 4 + length));
        pending = pending.subarray(4 + length);
      }
    });
  });
  await new Promise<void>((resolve) => (unixSocket ? server.listen(unixSocket, resolve) : server.listen(0, '127.0.0.1', resolve)));
  const address = server.address();
  const socket = unixSocket ?? `tcp://127.0.0.1:${(address as net.AddressInfo).port}`;
  return {
    socket,
    scanned,
    chunkSizes,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.unref();
      }),
  };
}

describe('content checks through the upload route', () => {
  it('refuses a Word document with macros (also renamed to .docx) and a PDF with JavaScript, each with its code', async () => {
    const before = storedObjects(storageDir).length;
    await expectRefused(await upload('Makros', docxWithMacros({ renamed: true }), 'vertrag.docx'), 422, 'officeMacros');
    await expectRefused(await upload('Makros', docxWithMacros(), 'vertrag.docm'), 422, 'officeMacros');
    await expectRefused(await upload('Skript', pdfWithOpenAction('<< /S /JavaScript /JS (app.alert\\(1\\)) >>')), 422, 'pdfActiveContent');
    await expectRefused(await upload('Start', pdfWithOpenAction('<< /S /Launch /F (calc.exe) >>')), 422, 'pdfActiveContent');
    expect(await db.evidence.count({ where: { projectId, title: { in: ['Makros', 'Skript', 'Start'] } } })).toBe(0);
    expect(storedObjects(storageDir)).toHaveLength(before);
  });

  it('answers an exceeded quota with 409, the limits and the use, said in German and English', async () => {
    await updateSettings({ actor: admin, input: { evidenceQuotaFiles: 1 } });
    const { id: quotaProject } = await createTestProject({ actor: applicant, input: { title: 'Kontingent über die Route' } });
    const send = (title: string) => {
      const form = new FormData();
      form.append('kind', 'FILE');
      form.append('standardKey', 'std-01');
      form.append('title', title);
      form.append('file', new File([new Uint8Array(minimalPdf(title))], `${title}.pdf`));
      return POST(new Request(`http://portal.test/api/projects/${quotaProject}/evidence`, { method: 'POST', body: form, headers: { host: 'portal.test' } }), {
        params: Promise.resolve({ projectId: quotaProject }),
      });
    };
    expect((await send('eins')).status).toBe(201);
    const { values } = await expectRefused(await send('zwei'), 409, 'quotaExceeded');
    expect(values).toMatchObject({ maxFiles: 1, maxMegabytes: 200, usedFiles: 1 });
    const german = createTranslator({ locale: 'de', messages: de, namespace: 'evidence' })('errors.quotaExceeded', values);
    expect(german).toMatch(/Grenze: 1 Datei und 200 MB \(alle Versionen zusammen\)\. Belegt: 1 Datei mit 0,1 MB\. Diese Datei: 0,1 MB\./);
    const english = createTranslator({ locale: 'en', messages: en, namespace: 'evidence' })('errors.quotaExceeded', values);
    expect(english).toMatch(/Limit: 1 file and 200 MB \(all versions together\)\. Used: 1 file with 0\.1 MB\. This file: 0\.1 MB\./);
    await updateSettings({ actor: admin, input: { evidenceQuotaFiles: 100 } });
  });
});

describe('the virus scan (CLAMD_SOCKET)', () => {
  it('sends the file over INSTREAM and stores it when clamd answers OK (tcp://)', async () => {
    const clamd = await startFakeClamd();
    try {
      process.env.CLAMD_SOCKET = clamd.socket;
      const bytes = minimalPdf('sauber');
      const response = await upload('Sauber', bytes);
      expect(response.status).toBe(201);
      expect(clamd.scanned).toHaveLength(1);
      expect(clamd.scanned[0]!.equals(Buffer.from(bytes))).toBe(true);
    } finally {
      await clamd.close();
    }
  });

  it('refuses the EICAR test file with the finding, over a unix socket; nothing is stored', async () => {
    const socketDir = mkdtempSync(path.join(tmpdir(), 'portal-clamd-'));
    const clamd = await startFakeClamd({ unixSocket: path.join(socketDir, 'clamd.ctl') });
    try {
      process.env.CLAMD_SOCKET = clamd.socket;
      const before = storedObjects(storageDir).length;
      const { values } = await expectRefused(await upload('Virus', pdfWithEicar()), 422, 'virusFound');
      expect(values).toEqual({ signature: 'Eicar-Test-Signature' });
      expect(await db.evidence.count({ where: { projectId, title: 'Virus' } })).toBe(0);
      expect(storedObjects(storageDir)).toHaveLength(before);
    } finally {
      await clamd.close();
      rmSync(socketDir, { recursive: true, force: true });
    }
  });

  it('streams a large file in chunks', async () => {
    const clamd = await startFakeClamd();
    try {
      const bytes = Buffer.concat([Buffer.from(minimalPdf('gross')), Buffer.alloc(300 * 1024, 0x20)]);
      await addFileEvidence({ actor: applicant, projectId, standardKey: 'std-03', title: 'Groß', fileName: 'gross.pdf', bytes, virusScan: { socket: clamd.socket } });
      expect(clamd.scanned[0]!.equals(bytes)).toBe(true);
      expect(clamd.chunkSizes.length).toBeGreaterThan(1);
      expect(Math.max(...clamd.chunkSizes)).toBeLessThanOrEqual(64 * 1024);
    } finally {
      await clamd.close();
    }
  });

  it('fails closed: an unreachable scanner (tcp or unix) refuses the file with 503', async () => {
    const closed = await startFakeClamd();
    const unreachable = closed.socket;
    await closed.close();
    for (const socket of [unreachable, path.join(tmpdir(), 'no-such-clamd.ctl')]) {
      process.env.CLAMD_SOCKET = socket;
      await expectRefused(await upload('Ungeprüft', minimalPdf('ungeprüft')), 503, 'virusScanUnavailable');
    }
    expect(await db.evidence.count({ where: { projectId, title: 'Ungeprüft' } })).toBe(0);
  });

  it('fails closed when the scanner does not answer in time', async () => {
    const clamd = await startFakeClamd({ silent: true });
    try {
      const started = Date.now();
      await expect(
        addFileEvidence({ actor: applicant, projectId, standardKey: 'std-04', title: 'Still', fileName: 'still.pdf', bytes: minimalPdf('still'), virusScan: { socket: clamd.socket, timeoutMs: 300 } }),
      ).rejects.toSatisfy((error) => error instanceof DomainError && error.code === 'virusScanUnavailable');
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(clamd.scanned).toHaveLength(1);
    } finally {
      await clamd.close();
    }
  });
});
