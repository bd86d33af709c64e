import { randomUUID } from 'node:crypto';

/**
 * Where evidence files live. One interface, so that an S3-compatible implementation can replace
 * the local directory for several app instances (lib/storage/get-file-storage.ts chooses).
 * Keys are random UUIDs made by `newStorageKey()`, never derived from user input.
 */
export interface FileStorage {
  /** Stores the bytes under a new key; refuses to overwrite an existing key. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The stored bytes as a web stream; throws StorageKeyNotFoundError when the key is unknown. */
  read(key: string): Promise<ReadableStream<Uint8Array>>;
  /** The stored bytes at once (small files, tests, checksums). */
  readBytes(key: string): Promise<Uint8Array>;
  /** Removes the object; removing an unknown key is no error. */
  remove(key: string): Promise<void>;
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

/** Every implementation checks keys with this: only the UUIDs `newStorageKey()` makes. */
export function assertValidStorageKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new Error('Invalid storage key');
}
