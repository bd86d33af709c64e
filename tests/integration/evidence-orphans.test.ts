/**
 * Upload failures never lose a file a row references and never keep orphans for long (defect 11
 * of issue #10; ADR 025). The upload stores its file under its final key before the transaction
 * that references it; only a transaction that surely rolled back removes it again at once.
 * Everything else — a crash, a commit whose answer was lost — is left to the orphan sweep, which
 * removes unreferenced files once they are older than the grace period (one hour).
 *
 * „The answer to COMMIT was lost“ is simulated by a fault on the real client: `db.$transaction`
 * runs the real transaction on this file's database (it commits) and then throws, as a dropped
 * connection would after the server committed. Nothing else of the database is replaced.
 */
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { addFileEvidence } from '@/lib/evidence/add-file-evidence';
import { ORPHAN_GRACE_MS, removeOrphanedFiles } from '@/lib/evidence/remove-orphaned-files';
import { newStorageKey } from '@/lib/storage/file-storage';
import { getFileStorage } from '@/lib/storage/get-file-storage';
import { startS3TestServer, type S3TestServer } from '@/tests/support/s3-test-server';
import { seed } from '@/prisma/seed/seed';
import { minimalPdf, storedObjects } from '@/tests/support/evidence-files';
import { createTestProject, demoActors, type TestUser } from '@/tests/support/factories';
import { signIn } from '@/tests/support/next-request';
import { GET as download } from '@/app/api/evidence/versions/[versionId]/route';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));

const fault = vi.hoisted(() => ({ afterCommit: false }));

vi.mock('@/lib/db', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/db')>();
  const db = new Proxy(actual.db, {
    get(target, property) {
      const value = Reflect.get(target, property);
      if (property !== '$transaction' || typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const result = await (value as (...a: unknown[]) => Promise<unknown>)(...args);
        if (fault.afterCommit) {
          fault.afterCommit = false;
          throw new Error('Connection terminated unexpectedly (after COMMIT)');
        }
        return result;
      };
    },
  });
  return { ...actual, db };
});

const storageDir = mkdtempSync(path.join(tmpdir(), 'portal-orphans-'));
process.env.STORAGE_DIR = storageDir;

let applicant: TestUser;
let projectId: string;

beforeAll(async () => {
  await seed({ demo: true });
  ({ applicant } = await demoActors());
  ({ id: projectId } = await createTestProject({ actor: applicant, input: { title: 'Verwaiste Dateien' } }));
});


/** Sets an object's time back, as if it had been stored `ms` ago. */
function age(key: string, ms: number) {
  const when = new Date(Date.now() - ms);
  utimesSync(path.join(storageDir, key.slice(0, 2), key), when, when);
}

describe('a failure after the commit', () => {
  it('keeps the file the committed row references: it is still there and downloadable', async () => {
    const bytes = minimalPdf('Nach dem Commit');
    fault.afterCommit = true;
    await expect(
      addFileEvidence({ actor: applicant, projectId, standardKey: 'std-01', title: 'Verbindung weg', fileName: 'commit.pdf', bytes, virusScan: null }),
    ).rejects.toThrow('after COMMIT');
    const version = await db.evidenceVersion.findFirstOrThrow({ where: { evidence: { projectId, title: 'Verbindung weg' } }, select: { id: true, storageKey: true } });
    expect(storedObjects(storageDir)).toContain(version.storageKey);
    signIn(applicant);
    const response = await download(new Request(`http://portal.test/api/evidence/versions/${version.id}`), { params: Promise.resolve({ versionId: version.id }) });
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
    // The sweep never removes it, however old it gets.
    age(version.storageKey!, 30 * 24 * 60 * 60_000);
    await removeOrphanedFiles();
    expect(storedObjects(storageDir)).toContain(version.storageKey);
  });
});

describe('the orphan sweep', () => {
  it('removes an unreferenced file older than the grace period, keeps a young one and every referenced one', async () => {
    const storage = getFileStorage();
    const referenced = await addFileEvidence({ actor: applicant, projectId, standardKey: 'std-02', title: 'Bleibt', fileName: 'bleibt.pdf', bytes: minimalPdf('bleibt'), virusScan: null });
    const { storageKey: referencedKey } = await db.evidenceVersion.findUniqueOrThrow({ where: { id: referenced.latest.id }, select: { storageKey: true } });
    // Files a crash between storing and committing would leave: one old, one young.
    const oldOrphan = newStorageKey();
    const youngOrphan = newStorageKey();
    await storage.put(oldOrphan, minimalPdf('alt'));
    await storage.put(youngOrphan, minimalPdf('jung'));
    age(oldOrphan, ORPHAN_GRACE_MS + 60_000);
    age(youngOrphan, ORPHAN_GRACE_MS - 60_000);
    age(referencedKey!, ORPHAN_GRACE_MS * 24);
    // An upload left half-received in the staging directory (a crash while streaming), old and young.
    const staging = await storage.stagingDirectory();
    writeFileSync(path.join(staging, 'alt-halb'), 'halb');
    writeFileSync(path.join(staging, 'jung-halb'), 'halb');
    const old = new Date(Date.now() - ORPHAN_GRACE_MS - 60_000);
    utimesSync(path.join(staging, 'alt-halb'), old, old);

    const counts = await removeOrphanedFiles();
    expect(counts).toEqual({ objects: 1, staged: 1 });
    const keys = storedObjects(storageDir);
    expect(keys).not.toContain(oldOrphan);
    expect(keys).toContain(youngOrphan);
    expect(keys).toContain(referencedKey);
    expect(readdirSync(staging)).toEqual(['jung-halb']);
    // Once the young one is old enough, it goes too; the referenced one stays.
    age(youngOrphan, ORPHAN_GRACE_MS + 1);
    expect(await removeOrphanedFiles()).toEqual({ objects: 1, staged: 0 });
    expect(storedObjects(storageDir)).toContain(referencedKey);
    expect(storedObjects(storageDir)).not.toContain(youngOrphan);
  });
});

describe('the orphan sweep on an S3 bucket (ADR 032)', () => {
  let s3: S3TestServer;
  beforeAll(async () => {
    s3 = await startS3TestServer();
  });
  afterAll(async () => s3.close());

  it('lists the bucket (ListObjectsV2) and removes only old unreferenced objects', async () => {
    const storage = getFileStorage({ ...s3.env, STORAGE_DIR: mkdtempSync(path.join(tmpdir(), 'portal-orphans-s3-')) });
    const referenced = await addFileEvidence({ actor: applicant, projectId, standardKey: 'std-03', title: 'Im Bucket', fileName: 'bucket.pdf', bytes: minimalPdf('bucket'), virusScan: null, storage });
    const { storageKey: referencedKey } = await db.evidenceVersion.findUniqueOrThrow({ where: { id: referenced.latest.id }, select: { storageKey: true } });
    const orphan = newStorageKey();
    await storage.put(orphan, minimalPdf('verwaist'));
    const listed = async () => {
      const keys = [];
      for await (const object of storage.list()) keys.push(object.key);
      return keys.sort();
    };
    expect(await listed()).toEqual([referencedKey!, orphan].sort());
    // Both are young (the bucket's time of storing): nothing goes.
    expect(await removeOrphanedFiles({ storage })).toEqual({ objects: 0, staged: 0 });
    // An hour and a minute later the orphan goes, the referenced object stays.
    expect(await removeOrphanedFiles({ storage, now: new Date(Date.now() + ORPHAN_GRACE_MS + 60_000) })).toEqual({ objects: 1, staged: 0 });
    expect(await listed()).toEqual([referencedKey!]);
  });
});
