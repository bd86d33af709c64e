import type { Tx } from '@/lib/db/types';
import { DomainError } from '@/lib/errors';
import { getSettings } from '@/lib/settings/get-settings';

const MEGABYTE = 1024 * 1024;
/** Megabytes with one decimal, rounded up (a small file is 0.1 MB, not 0). */
const megabytes = (bytes: number) => Math.ceil((bytes / MEGABYTE) * 10) / 10;

/**
 * The upload quota of a project (settings `evidence.quotaMegabytes`, `evidence.quotaFiles`):
 * every file version of its evidence counts — removed evidence too, its files stay for the
 * submitted revisions. Called inside the upload's transaction right after the new version is
 * inserted (`addedBytes`: its size): it first takes a transaction-scoped advisory lock per
 * project, so parallel uploads count one after the other, each seeing the others' committed
 * files — two uploads can never both take the last free place. Over the quota it throws
 * DomainError('quotaExceeded') with the limits and what was used before this file, and the
 * transaction rolls back.
 */
export async function assertEvidenceQuota({ tx, projectId, addedBytes }: { tx: Tx; projectId: string; addedBytes: number }): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('evidence-quota'), hashtext(${projectId}))`;
  const [settings, usage] = await Promise.all([
    getSettings({ db: tx }),
    tx.evidenceVersion.aggregate({
      where: { evidence: { projectId }, storageKey: { not: null } },
      _count: { _all: true },
      _sum: { size: true },
    }),
  ]);
  const maxFiles = settings['evidence.quotaFiles'];
  const maxMegabytes = settings['evidence.quotaMegabytes'];
  const files = usage._count._all;
  const bytes = usage._sum.size ?? 0;
  if (files <= maxFiles && bytes <= maxMegabytes * MEGABYTE) return;
  throw new DomainError('quotaExceeded', `The project's upload quota is ${maxFiles} files and ${maxMegabytes} MB`, { file: ['quotaExceeded'] }, undefined, {
    maxFiles,
    maxMegabytes,
    usedFiles: files - 1,
    usedMegabytes: megabytes(bytes - addedBytes),
    fileMegabytes: megabytes(addedBytes),
  });
}
