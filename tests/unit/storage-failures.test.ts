import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isDatabaseUnavailable } from '@/lib/db/is-database-unavailable';
import { receiveUpload } from '@/lib/evidence/receive-upload';
import { newStorageKey } from '@/lib/storage/file-storage';
import { createLocalFileStorage } from '@/lib/storage/local-file-storage';
import { StorageWriteError, storageWrite } from '@/lib/storage/storage-write-error';

/** While set, every file the upload stages is written to /dev/full, which refuses each write with ENOSPC. */
let toDevFull = false;
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const createWriteStream: typeof actual.createWriteStream = (target, options) =>
    toDevFull ? actual.createWriteStream('/dev/full', { ...(typeof options === 'object' ? options : {}), flags: 'w' }) : actual.createWriteStream(target, options);
  return { ...actual, default: { ...actual, createWriteStream }, createWriteStream };
});

/** An error as node:fs raises it. */
function fsError(code: string, syscall = 'write'): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected, ${syscall}`), { code, syscall, errno: -28 });
}

function uploadRequest(): Request {
  const form = new FormData();
  form.set('kind', 'FILE');
  form.set('file', new Blob([new Uint8Array(64 * 1024).fill(65)]), 'nachweis.pdf');
  return new Request('http://x/', { method: 'POST', body: form });
}

describe('storage write failures (ADR 033)', () => {
  it('a full disk (ENOSPC, EDQUOT) is storageFull, any other refusal storageUnavailable; other errors pass unchanged', async () => {
    for (const [code, expected] of [
      ['ENOSPC', 'storageFull'],
      ['EDQUOT', 'storageFull'],
      ['EROFS', 'storageUnavailable'],
      ['EACCES', 'storageUnavailable'],
      ['ENOTDIR', 'storageUnavailable'],
    ] as const) {
      const failure = await storageWrite(() => Promise.reject(fsError(code))).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(StorageWriteError);
      expect(failure).toMatchObject({ code: expected, fieldErrors: { file: [expected] } });
    }
    const bug = new TypeError('a bug');
    await expect(storageWrite(() => Promise.reject(bug))).rejects.toBe(bug);
  });

  it('the local storage refuses a write it cannot make with storageUnavailable and leaves nothing behind', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'portal-storage-'));
    // The storage directory's parent is a regular file: every write fails (also for root).
    writeFileSync(path.join(parent, 'file'), 'x');
    const storage = createLocalFileStorage({ directory: path.join(parent, 'file', 'uploads') });
    await expect(storage.put(newStorageKey(), new Uint8Array([1]))).rejects.toMatchObject({ code: 'storageUnavailable' });
    await expect(storage.stagingDirectory()).rejects.toMatchObject({ code: 'storageUnavailable' });
    const staged = path.join(parent, 'staged');
    writeFileSync(staged, 'Inhalt');
    await expect(storage.putFile(newStorageKey(), staged)).rejects.toMatchObject({ code: 'storageUnavailable' });
  });

  it('an upload whose staged file cannot be written is refused as a storage failure, not as a malformed request', async () => {
    const missing = path.join(mkdtempSync(path.join(tmpdir(), 'portal-staging-')), 'gone');
    await expect(receiveUpload({ request: uploadRequest(), stagingDirectory: missing })).rejects.toMatchObject({ code: 'storageUnavailable' });
  });

  it('an upload onto a full disk is refused with storageFull and leaves no staged file (writes go to /dev/full: a real ENOSPC)', async () => {
    const staging = mkdtempSync(path.join(tmpdir(), 'portal-staging-'));
    toDevFull = true;
    try {
      await expect(receiveUpload({ request: uploadRequest(), stagingDirectory: staging })).rejects.toMatchObject({ code: 'storageFull' });
    } finally {
      toDevFull = false;
    }
    expect(readdirSync(staging)).toEqual([]);
  });
});

describe('isDatabaseUnavailable', () => {
  it('recognises an unreachable database and a broken connection, through Prisma’s wrapping', () => {
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("Can't reach database server at 127.0.0.1:55432"), { code: 'P1001' }))).toBe(true);
    expect(isDatabaseUnavailable({ code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'ConnectionClosed' } } } })).toBe(true);
    expect(isDatabaseUnavailable(fsError('ECONNREFUSED', 'connect'))).toBe(true);
    expect(isDatabaseUnavailable({ code: '57P01', message: 'terminating connection due to administrator command' })).toBe(true);
    expect(isDatabaseUnavailable({ code: '08006', message: 'connection failure' })).toBe(true);
  });

  it('leaves refusals and bugs alone', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('Unique constraint failed'), { code: 'P2002' }))).toBe(false);
    expect(isDatabaseUnavailable({ code: '23505', message: 'duplicate key value' })).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
