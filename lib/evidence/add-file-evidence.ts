import { createHash, randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScopeActor } from '@/lib/auth/scope';
import { db } from '@/lib/db';
import { LOCK_WAIT_MS, TRANSACTION_WAITS, limitLockWait } from '@/lib/db/database-waits';
import { isDatabaseBusy } from '@/lib/db/is-database-busy';
import { getClamdSocket } from '@/lib/env';
import { DomainError } from '@/lib/errors';
import { assertEvidenceQuota } from '@/lib/evidence/assert-evidence-quota';
import { checkEvidenceFile } from '@/lib/evidence/check-evidence-file';
import { addFileEvidenceSchema } from '@/lib/evidence/evidence-schemas';
import type { EvidenceItem } from '@/lib/evidence/evidence-item';
import { sanitizeFileName } from '@/lib/evidence/sanitize-file-name';
import { saveEvidenceVersion } from '@/lib/evidence/save-evidence-version';
import { scanWithClamd } from '@/lib/evidence/scan-with-clamd';
import { newStorageKey, type FileStorage } from '@/lib/storage/file-storage';
import { getFileStorage } from '@/lib/storage/get-file-storage';

type AddFileEvidenceOptions = {
  actor: ScopeActor;
  projectId: string;
  /** New evidence: what it supports (one of the two) and its title. */
  standardKey?: string;
  companyId?: string;
  title?: string;
  /** A new upload of this evidence: it becomes version n+1. */
  evidenceId?: string;
  /** The name the uploader's computer gave the file (shown, never trusted for the type). */
  fileName: string;
  /** The upload, streamed into the storage's staging directory (lib/evidence/receive-upload.ts); the caller discards it … */
  file?: { path: string; size: number; sha256: string };
  /** … or the file's bytes (scripts, tests): staged here. */
  bytes?: Uint8Array;
  storage?: FileStorage;
  /** ClamAV's daemon; default CLAMD_SOCKET (lib/env.ts); null: no virus scan. */
  virusScan?: { socket: string; timeoutMs?: number } | null;
  requestId?: string | null;
  /**
   * How long the transaction may wait (ms; tests shorten them): for a connection of the pool
   * (default TRANSACTION_WAITS.maxWait), for the evidence row's and the quota's locks (LOCK_WAIT_MS),
   * and in all (TRANSACTION_WAITS.timeout). Past any of them: `serverBusy`, nothing stored.
   */
  waits?: { connectionMs?: number; lockMs?: number; transactionMs?: number };
};

/**
 * Stores an uploaded file as new evidence (version 1) or as a new version of existing evidence
 * (ADR 005, ADR 025). In this order:
 * 1. the content checks (lib/evidence/check-evidence-file.ts: size, type by the bytes, office
 *    macros, PDF JavaScript and launch actions) and, when configured, clamd's virus scan — a
 *    finding refuses the file, a scanner that cannot answer too (fail closed);
 * 2. the staged file is stored under a new key (a hard link on the same disk, or a PUT to the
 *    bucket that the service checks against the recorded SHA-256): from now on it is an object
 *    no row references yet;
 * 3. one transaction writes the rows with that key and the audit event, and checks the project's
 *    upload quota under a per-project lock (lib/evidence/assert-evidence-quota.ts).
 * If the transaction certainly rolled back (its own work threw: quota, locked project, forged
 * id; a lock not free within LOCK_WAIT_MS; Prisma's timeout) or never began (the database
 * unreachable, no connection within the wait), the object is removed at once. If it failed in a way that may have committed (the
 * connection lost at COMMIT) or anything fails after it, the object stays: a committed row may
 * reference it, and the orphan sweep (lib/evidence/remove-orphaned-files.ts) removes it after
 * the grace period only if none does. A crash at any point leaves at most an unreferenced file
 * for the sweep, never a row without its file, never a removed file a row references.
 */
export async function addFileEvidence(options: AddFileEvidenceOptions): Promise<EvidenceItem> {
  const { actor, projectId, requestId } = options;
  const fields = addFileEvidenceSchema.parse(options);
  const storage = options.storage ?? getFileStorage();
  const staged = options.file ?? (await stageBytes(storage, options.bytes ?? new Uint8Array()));
  try {
    const type = await checkEvidenceFile({ path: staged.path, size: staged.size });
    const virusScan = options.virusScan === undefined ? defaultVirusScan() : options.virusScan;
    if (virusScan) await scanForViruses(staged.path, virusScan);

    const storageKey = newStorageKey();
    const version = { fileName: sanitizeFileName(options.fileName), mediaType: type.mediaType, size: staged.size, sha256: staged.sha256, storageKey };
    await storage.putFile(storageKey, staged.path, { sha256: staged.sha256 });
    let rolledBack = false;
    let started = false;
    try {
      return await db.$transaction(
        async (tx) => {
          started = true;
          try {
            // A parallel upload of the same project (quota) or evidence (row) is waited for, within limits.
            await limitLockWait(tx, options.waits?.lockMs ?? LOCK_WAIT_MS);
            const item = await saveEvidenceVersion({ tx, actor, projectId, kind: 'FILE', ...fields, version, requestId });
            await assertEvidenceQuota({ tx, projectId, addedBytes: staged.size });
            return item;
          } catch (error) {
            // Thrown inside the callback: Prisma rolls the transaction back, nothing references the key.
            rolledBack = true;
            throw error;
          }
        },
        { maxWait: options.waits?.connectionMs ?? TRANSACTION_WAITS.maxWait, timeout: options.waits?.transactionMs ?? TRANSACTION_WAITS.timeout },
      );
    } catch (error) {
      // Rolled back, never begun (the database unreachable at BEGIN), or out of time — no
      // connection in time, or expired and rolled back by Prisma, also at COMMIT (ADR 033): no row
      // can reference the key.
      if (rolledBack || !started || isDatabaseBusy(error)) await storage.remove(storageKey).catch(() => undefined);
      throw error;
    }
  } finally {
    if (!options.file) await rm(staged.path, { force: true });
  }
}

/** Bytes given directly (scripts, tests) take the same way as an upload: a staged file first. */
async function stageBytes(storage: FileStorage, bytes: Uint8Array) {
  const staged = path.join(await storage.stagingDirectory(), randomUUID());
  await writeFile(staged, bytes, { flag: 'wx', mode: 0o640 });
  return { path: staged, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

function defaultVirusScan() {
  const socket = getClamdSocket();
  return socket ? { socket } : null;
}

/** clamd's verdict: a finding refuses the file; no verdict refuses it too (fail closed). */
async function scanForViruses(file: string, { socket, timeoutMs }: { socket: string; timeoutMs?: number }): Promise<void> {
  let verdict;
  try {
    verdict = await scanWithClamd({ path: file, socket, timeoutMs });
  } catch (error) {
    console.error('[evidence/virus-scan]', error instanceof Error ? error.message : error);
    throw new DomainError('virusScanUnavailable', 'The virus scanner could not check the file', { file: ['virusScanUnavailable'] });
  }
  if (verdict.infected) {
    console.warn(`[evidence/virus-scan] refused an upload: ${verdict.signature}`);
    throw new DomainError('virusFound', `The virus scanner found ${verdict.signature}`, { file: ['virusFound'] }, undefined, { signature: verdict.signature });
  }
}
