import { DomainError } from '@/lib/errors';

/** Errno codes of a storage that has no room left (a full disk, a quota). */
const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

/**
 * The evidence storage could not take a file: `storageFull` (507) when it has no room, else
 * `storageUnavailable` (503: read-only, no permission, the directory broken or gone). The user
 * is told that the file was not stored and to try again later (ADR 033); the cause is kept for
 * the log. Thrown by the storage implementations for every failed write and by the upload's
 * staging (lib/evidence/receive-upload.ts).
 */
export class StorageWriteError extends DomainError {
  constructor(readonly cause: unknown) {
    const full = FULL.has(errnoCode(cause) ?? '');
    super(full ? 'storageFull' : 'storageUnavailable', `Evidence storage: ${cause instanceof Error ? cause.message : String(cause)}`, {
      file: [full ? 'storageFull' : 'storageUnavailable'],
    });
    this.name = 'StorageWriteError';
  }
}

/** The errno code of a file system error (`ENOSPC`, `EROFS` …), or null for anything else. */
export function errnoCode(error: unknown): string | null {
  const { code, syscall } = (error ?? {}) as { code?: unknown; syscall?: unknown };
  return typeof code === 'string' && typeof syscall === 'string' ? code : null;
}

/** Runs a write to the storage; a file system error becomes a StorageWriteError (logged once). */
export async function storageWrite<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StorageWriteError || !errnoCode(error)) throw error;
    console.error(`[storage] write failed: ${(error as Error).message}`);
    throw new StorageWriteError(error);
  }
}
