import { randomUUID } from 'node:crypto';

/** A stored object as the orphan sweep sees it (lib/evidence/remove-orphaned-files.ts). */
export type StoredObject = { key: string; modifiedAt: Date };

/**
 * Where evidence files live: a local directory (local-file-storage.ts) or, for several app
 * instances, an S3-compatible bucket (s3-file-storage.ts); lib/storage/get-file-storage.ts chooses.
 * Keys are random UUIDs made by `newStorageKey()`, never derived from user input.
 */
export interface FileStorage {
  /** Stores the bytes under a new key; refuses to overwrite an existing key. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /**
   * Stores a finished local file (from `stagingDirectory()`) under a new key and takes it away
   * from its place (the local directory: a hard link and an unlink on the same file system, no
   * copy). Refuses to overwrite an existing key. The object's time is the time of storing, from
   * which the orphan sweep counts its grace period. `sha256` (hex, as the upload recorded it)
   * lets a service check the bytes it received (S3: `x-amz-checksum-sha256`, ADR 032).
   */
  putFile(key: string, sourcePath: string, options?: { sha256?: string }): Promise<void>;
  /** The stored bytes as a web stream; throws StorageKeyNotFoundError when the key is unknown. */
  read(key: string): Promise<ReadableStream<Uint8Array>>;
  /** The stored bytes at once (small files, tests, checksums). */
  readBytes(key: string): Promise<Uint8Array>;
  /** Removes the object; removing an unknown key is no error. */
  remove(key: string): Promise<void>;
  /** Every stored object with its time (for the orphan sweep; not for requests). */
  list(): AsyncIterable<StoredObject>;
  /**
   * A local directory (created on demand, mode 0700) where uploads are streamed to before they
   * are checked and stored: on the same file system as the objects, so `putFile` moves them
   * without a copy. What is left there belongs to no row and is swept after the grace period.
   */
  stagingDirectory(): Promise<string>;
}

/** An object with this key exists already: no implementation overwrites one. */
export class StorageKeyExistsError extends Error {
  constructor(key: string) {
    super(`Storage object ${key} exists already`);
    this.name = 'StorageKeyExistsError';
  }
}

export class StorageKeyNotFoundError extends Error {
  constructor(key: string) {
    super(`Storage object ${key} not found`);
    this.name = 'StorageKeyNotFoundError';
  }
}

const KEY_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function newStorageKey(): string {
  return randomUUID();
}

export function isValidStorageKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

/** Every implementation checks keys with this: only the UUIDs `newStorageKey()` makes. */
export function assertValidStorageKey(key: string): void {
  if (!isValidStorageKey(key)) throw new Error('Invalid storage key');
}
