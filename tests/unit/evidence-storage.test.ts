import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/errors';
import { MAX_EVIDENCE_FILE_BYTES, MAX_EVIDENCE_REQUEST_BYTES } from '@/lib/evidence/evidence-rules';
import { receiveUpload } from '@/lib/evidence/receive-upload';
import { newStorageKey } from '@/lib/storage/file-storage';
import { getFileStorage } from '@/lib/storage/get-file-storage';
import { createLocalFileStorage } from '@/lib/storage/local-file-storage';

describe('local file storage', () => {
  // What every storage does: tests/support/file-storage-contract.ts (file-storage-contract.test.ts).
  it('keeps staged uploads in .incoming inside the directory: storing them is a hard link', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'portal-storage-'));
    const storage = createLocalFileStorage({ directory });
    const staging = await storage.stagingDirectory();
    expect(staging).toBe(path.join(directory, '.incoming'));
    const staged = path.join(staging, 'upload');
    writeFileSync(staged, 'Inhalt');
    const inode = statSync(staged).ino;
    const key = newStorageKey();
    await storage.putFile(key, staged);
    expect(statSync(path.join(directory, key.slice(0, 2), key)).ino).toBe(inode);
    expect(readdirSync(staging)).toEqual([]);
  });

  it('resolves STORAGE_DIR (default data/uploads) to an absolute directory', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'portal-storage-'));
    expect(getFileStorage({ STORAGE_DIR: directory })).toBe(getFileStorage({ STORAGE_DIR: directory }));
    expect(() => getFileStorage({ STORAGE_DRIVER: 'ftp' })).toThrow();
  });
});

function multipart(parts: Record<string, string>, boundary = 'grenze'): string {
  return (
    Object.entries(parts)
      .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join('') + `--${boundary}--\r\n`
  );
}

describe('receiveUpload', () => {
  const headers = { 'content-type': 'multipart/form-data; boundary=grenze' };
  const isTooLarge = (error: unknown) => error instanceof DomainError && error.code === 'fileTooLarge';
  const staging = () => mkdtempSync(path.join(tmpdir(), 'portal-staging-'));

  it('reads the fields and streams the file part to a staged file, hashed and counted', async () => {
    const stagingDirectory = staging();
    const file = Buffer.from('%PDF-1.4 Inhalt äöü');
    const form = new FormData();
    form.append('kind', 'FILE');
    form.append('title', 'Konzept für Pflege');
    form.append('file', new File([file], 'Konzept für Pflege.pdf'));
    const upload = await receiveUpload({ request: new Request('http://x/', { method: 'POST', body: form }), stagingDirectory });
    expect(upload.fields).toEqual({ kind: 'FILE', title: 'Konzept für Pflege' });
    expect(upload.file).toMatchObject({ fileName: 'Konzept für Pflege.pdf', size: file.length, sha256: createHash('sha256').update(file).digest('hex') });
    expect(readFileSync(upload.file!.path).equals(file)).toBe(true);
    expect(statSync(upload.file!.path).mode & 0o777).toBe(0o640);
    await upload.discard();
    expect(readdirSync(stagingDirectory)).toEqual([]);
  });

  it('parses a form without a file (a link), and an empty file input as no file', async () => {
    const upload = await receiveUpload({ request: new Request('http://x/', { method: 'POST', headers, body: multipart({ kind: 'LINK', title: 'T' }) }), stagingDirectory: staging() });
    expect(upload.fields.kind).toBe('LINK');
    expect(upload.file).toBeNull();
    const empty = '--grenze\r\nContent-Disposition: form-data; name="file"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n--grenze--\r\n';
    expect((await receiveUpload({ request: new Request('http://x/', { method: 'POST', headers, body: empty }), stagingDirectory: staging() })).file).toBeNull();
  });

  it('refuses early by Content-Length, and stops storing a file that passes the limit, leaving nothing staged', async () => {
    const announced = new Request('http://x/', {
      method: 'POST',
      headers: { ...headers, 'content-length': String(MAX_EVIDENCE_REQUEST_BYTES + 1) },
      body: multipart({ a: 'b' }),
    });
    await expect(receiveUpload({ request: announced, stagingDirectory: staging() })).rejects.toSatisfy(isTooLarge);
    // No length announced, the body is streamed: the file part is counted while it is written.
    const stagingDirectory = staging();
    const chunk = new Uint8Array(1024 * 1024).fill(0x41);
    let sent = 0;
    const head = new TextEncoder().encode('--grenze\r\nContent-Disposition: form-data; name="file"; filename="gross.pdf"\r\n\r\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(head);
      },
      pull(controller) {
        if (sent > 3 * MAX_EVIDENCE_FILE_BYTES) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const streamed = new Request('http://x/', { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
    await expect(receiveUpload({ request: streamed, stagingDirectory })).rejects.toSatisfy(isTooLarge);
    // The rest is read and dropped (so the client gets the answer), up to twice the limit; then reading stops.
    expect(sent).toBeGreaterThan(MAX_EVIDENCE_REQUEST_BYTES);
    expect(sent).toBeLessThan(2 * MAX_EVIDENCE_REQUEST_BYTES + 4 * chunk.length);
    expect(readdirSync(stagingDirectory)).toEqual([]);
  });

  it('reads a refused body to its end instead of cancelling it (Next would drop the connection, and the answer with it)', async () => {
    // Next's request body: a stream fed from the socket, which a cancel cuts off.
    let cancelled = false;
    let fedToEnd = false;
    const file = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(MAX_EVIDENCE_FILE_BYTES - 8, 0x20)]);
    const multipartBody = Buffer.concat([
      Buffer.from('--grenze\r\nContent-Disposition: form-data; name="file"; filename="zu-gross.pdf"\r\n\r\n'),
      file,
      Buffer.from('\r\n--grenze\r\nContent-Disposition: form-data; name="kind"\r\n\r\nFILE\r\n--grenze--\r\n'),
    ]);
    expect(multipartBody.length).toBeLessThan(MAX_EVIDENCE_REQUEST_BYTES);
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        try {
          for (let at = 0; at < multipartBody.length; at += 64 * 1024) {
            await new Promise((resolve) => setImmediate(resolve));
            controller.enqueue(new Uint8Array(multipartBody.subarray(at, at + 64 * 1024)));
          }
          controller.close();
          fedToEnd = true;
        } catch {
          cancelled = true;
        }
      },
      cancel() {
        cancelled = true;
      },
    });
    const request = new Request('http://x/', { method: 'POST', headers: { ...headers, 'content-length': String(multipartBody.length) }, body, duplex: 'half' } as RequestInit);
    const stagingDirectory = staging();
    await expect(receiveUpload({ request, stagingDirectory })).rejects.toSatisfy(isTooLarge);
    expect({ cancelled, fedToEnd }).toEqual({ cancelled: false, fedToEnd: true });
    expect(readdirSync(stagingDirectory)).toEqual([]);
  });

  it('refuses a body that ends in the middle of a part', async () => {
    const cut = '--grenze\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 abgeschnitten';
    const stagingDirectory = staging();
    await expect(receiveUpload({ request: new Request('http://x/', { method: 'POST', headers, body: cut }), stagingDirectory })).rejects.toSatisfy(
      (error) => error instanceof DomainError && error.code === 'invalidRequest',
    );
    expect(readdirSync(stagingDirectory)).toEqual([]);
  });

  it('refuses what is not multipart, and a second file', async () => {
    const request = new Request('http://x/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    await expect(receiveUpload({ request, stagingDirectory: staging() })).rejects.toSatisfy((error) => error instanceof DomainError && error.code === 'notMultipart');
    const form = new FormData();
    form.append('file', new File(['a'], 'a.pdf'));
    form.append('file', new File(['b'], 'b.pdf'));
    const stagingDirectory = staging();
    await expect(receiveUpload({ request: new Request('http://x/', { method: 'POST', body: form }), stagingDirectory })).rejects.toSatisfy(
      (error) => error instanceof DomainError && error.code === 'invalidRequest',
    );
    expect(readdirSync(stagingDirectory)).toEqual([]);
  });
});
