import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/errors';
import { MAX_EVIDENCE_FILE_BYTES, MAX_EVIDENCE_REQUEST_BYTES } from '@/lib/evidence/evidence-rules';
import { readUploadForm } from '@/lib/evidence/read-upload-form';
import { newStorageKey, StorageKeyNotFoundError } from '@/lib/storage/file-storage';
import { getFileStorage } from '@/lib/storage/get-file-storage';
import { createLocalFileStorage } from '@/lib/storage/local-file-storage';

describe('local file storage', () => {
  it('stores, streams, refuses to overwrite and removes objects under random keys', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'portal-storage-'));
    const storage = createLocalFileStorage({ directory });
    const key = newStorageKey();
    const bytes = new TextEncoder().encode('Inhalt');
    await storage.put(key, bytes);
    expect(Buffer.from(await storage.readBytes(key)).toString()).toBe('Inhalt');
    expect(Buffer.from(await new Response(await storage.read(key)).arrayBuffer()).toString()).toBe('Inhalt');
    await expect(storage.put(key, bytes)).rejects.toThrow();
    await storage.remove(key);
    await expect(storage.read(key)).rejects.toBeInstanceOf(StorageKeyNotFoundError);
    await storage.remove(key); // removing twice is no error
    expect(readdirSync(directory, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())).toHaveLength(0);
  });

  it('accepts only its own UUID keys, so no path can leave the directory', async () => {
    const storage = createLocalFileStorage({ directory: mkdtempSync(path.join(tmpdir(), 'portal-storage-')) });
    for (const key of ['../../etc/passwd', '/etc/passwd', 'a/b', '..', '', `${newStorageKey()}/../x`]) {
      await expect(storage.put(key, new Uint8Array([1])), key).rejects.toThrow('Invalid storage key');
      await expect(storage.read(key), key).rejects.toThrow('Invalid storage key');
    }
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

describe('readUploadForm', () => {
  const headers = { 'content-type': 'multipart/form-data; boundary=grenze' };
  const isTooLarge = (error: unknown) => error instanceof DomainError && error.code === 'fileTooLarge';

  it('parses a multipart body', async () => {
    const form = await readUploadForm({ request: new Request('http://x/', { method: 'POST', headers, body: multipart({ kind: 'LINK', title: 'T' }) }) });
    expect(form.get('kind')).toBe('LINK');
  });

  it('refuses early by Content-Length and while reading when the bytes exceed the limit', async () => {
    const announced = new Request('http://x/', {
      method: 'POST',
      headers: { ...headers, 'content-length': String(MAX_EVIDENCE_REQUEST_BYTES + 1) },
      body: multipart({ a: 'b' }),
    });
    await expect(readUploadForm({ request: announced })).rejects.toSatisfy(isTooLarge);
    // No length announced, the body is streamed: counted while reading.
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_EVIDENCE_FILE_BYTES + 2 * chunk.length) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const streamed = new Request('http://x/', { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
    await expect(readUploadForm({ request: streamed })).rejects.toSatisfy(isTooLarge);
    expect(sent).toBeLessThan(MAX_EVIDENCE_FILE_BYTES + 3 * chunk.length);
  });

  it('refuses what is not multipart', async () => {
    const request = new Request('http://x/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    await expect(readUploadForm({ request })).rejects.toSatisfy((error) => error instanceof DomainError && error.code === 'notMultipart');
  });
});
