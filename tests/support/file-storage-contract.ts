/**
 * The behaviour every FileStorage implementation promises (lib/storage/file-storage.ts), as one
 * suite that tests/unit/file-storage-contract.test.ts runs against each driver: the local
 * directory and the S3 driver against a real S3-protocol server.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newStorageKey, StorageKeyExistsError, StorageKeyNotFoundError, type FileStorage } from '@/lib/storage/file-storage';

export type StorageUnderTest = { storage: FileStorage; close?: () => Promise<void> };

async function listKeys(storage: FileStorage) {
  const listed = [];
  for await (const object of storage.list()) listed.push(object);
  return listed;
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString();
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** `make` gives a fresh, empty storage; `listPageSize` is the page size it lists with (paging is tested across it). */
export function describeFileStorageContract(name: string, make: () => Promise<StorageUnderTest>) {
  describe(`FileStorage contract: ${name}`, () => {
    const open: StorageUnderTest[] = [];
    const fresh = async () => {
      const underTest = await make();
      open.push(underTest);
      return underTest.storage;
    };
    afterEach(async () => {
      for (const underTest of open.splice(0)) await underTest.close?.();
    });

    it('stores, streams, refuses to overwrite and removes objects under random keys', async () => {
      const storage = await fresh();
      const key = newStorageKey();
      const bytes = new TextEncoder().encode('Inhalt');
      await storage.put(key, bytes);
      expect(text(await storage.readBytes(key))).toBe('Inhalt');
      expect(text(new Uint8Array(await new Response(await storage.read(key)).arrayBuffer()))).toBe('Inhalt');
      await expect(storage.put(key, new TextEncoder().encode('Anderes'))).rejects.toBeInstanceOf(StorageKeyExistsError);
      expect(text(await storage.readBytes(key))).toBe('Inhalt');
      await storage.remove(key);
      await expect(storage.read(key)).rejects.toBeInstanceOf(StorageKeyNotFoundError);
      await expect(storage.readBytes(key)).rejects.toBeInstanceOf(StorageKeyNotFoundError);
      await storage.remove(key); // removing twice is no error
      expect(await listKeys(storage)).toEqual([]);
    });

    it('takes a staged file in under a new key without overwriting, and lists objects with their time', async () => {
      const storage = await fresh();
      const staging = await storage.stagingDirectory();
      expect(statSync(staging).mode & 0o777).toBe(0o700);
      const staged = path.join(staging, 'upload');
      writeFileSync(staged, 'Inhalt');
      const key = newStorageKey();
      const before = Date.now();
      await storage.putFile(key, staged, { sha256: sha256(new TextEncoder().encode('Inhalt')) });
      expect(text(await storage.readBytes(key))).toBe('Inhalt');
      expect(readdirSync(staging)).toEqual([]);
      writeFileSync(staged, 'Anderes');
      await expect(storage.putFile(key, staged)).rejects.toBeInstanceOf(StorageKeyExistsError);
      expect(text(await storage.readBytes(key))).toBe('Inhalt');
      const listed = await listKeys(storage);
      // Only objects: the staging directory is not listed.
      expect(listed.map((object) => object.key)).toEqual([key]);
      expect(listed[0]!.modifiedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(listed[0]!.modifiedAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    });

    it('streams a large staged file in and out unchanged (SHA-256)', async () => {
      const storage = await fresh();
      const bytes = new Uint8Array(6 * 1024 * 1024);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
      const staged = path.join(await storage.stagingDirectory(), 'gross');
      writeFileSync(staged, bytes);
      const key = newStorageKey();
      await storage.putFile(key, staged);
      let size = 0;
      const hash = createHash('sha256');
      for await (const chunk of (await storage.read(key)) as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.length;
        hash.update(chunk);
      }
      expect({ size, sha256: hash.digest('hex') }).toEqual({ size: bytes.length, sha256: sha256(bytes) });
    });

    it('lists every object, across pages', async () => {
      const storage = await fresh();
      const keys = Array.from({ length: 5 }, () => newStorageKey());
      for (const key of keys) await storage.put(key, new TextEncoder().encode(key));
      expect((await listKeys(storage)).map((object) => object.key).sort()).toEqual([...keys].sort());
    });

    it('accepts only its own UUID keys', async () => {
      const storage = await fresh();
      for (const key of ['../../etc/passwd', '/etc/passwd', 'a/b', '..', '', `${newStorageKey()}/../x`]) {
        await expect(storage.put(key, new Uint8Array([1])), key).rejects.toThrow('Invalid storage key');
        await expect(storage.read(key), key).rejects.toThrow('Invalid storage key');
        await expect(storage.remove(key), key).rejects.toThrow('Invalid storage key');
      }
    });
  });
}
