import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { db } from '@/lib/db';
import type { FileStorage } from '@/lib/storage/file-storage';
import { getFileStorage } from '@/lib/storage/get-file-storage';

/** An unreferenced file younger than this may still be on its way into a row (an upload's transaction). */
export const ORPHAN_GRACE_MS = 60 * 60_000;
const BATCH = 500;

export type OrphanCounts = {
  /** Stored objects no evidence version references, older than the grace period. */
  objects: number;
  /** Staged uploads left behind (a crash while receiving or checking), older than the grace period. */
  staged: number;
};

/**
 * The orphan sweep (hourly job `evidence-orphaned-files`, lib/jobs/start-job-worker.ts; ADR 025):
 * removes stored objects that no `EvidenceVersion.storageKey` references and staged uploads,
 * each only once it is older than the grace period (default one hour, counted from when the
 * object was stored). A younger object may belong to an upload whose transaction has not
 * committed yet; a referenced object is never removed, however old. An upload stores its file
 * before the transaction that references it, and removes it itself only when that transaction
 * certainly rolled back (lib/evidence/add-file-evidence.ts) — everything else ends here.
 */
export async function removeOrphanedFiles({
  storage = getFileStorage(),
  now = new Date(),
  graceMs = ORPHAN_GRACE_MS,
}: { storage?: FileStorage; now?: Date; graceMs?: number } = {}): Promise<OrphanCounts> {
  const cutoff = now.getTime() - graceMs;
  const candidates: string[] = [];
  for await (const object of storage.list()) if (object.modifiedAt.getTime() < cutoff) candidates.push(object.key);

  let objects = 0;
  for (let start = 0; start < candidates.length; start += BATCH) {
    const batch = candidates.slice(start, start + BATCH);
    const referenced = await db.evidenceVersion.findMany({ where: { storageKey: { in: batch } }, select: { storageKey: true } });
    const keep = new Set(referenced.map((row) => row.storageKey));
    for (const key of batch) {
      if (keep.has(key)) continue;
      await storage.remove(key);
      objects++;
    }
  }

  let staged = 0;
  const staging = await storage.stagingDirectory();
  for (const entry of await readdir(staging, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(staging, entry.name);
    const info = await stat(file).catch(() => null);
    if (!info || info.mtime.getTime() >= cutoff) continue;
    await rm(file, { force: true });
    staged++;
  }
  return { objects, staged };
}
