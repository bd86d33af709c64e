/**
 * The upload quota per project (defect 4 of issue #10; ADR 025): all file versions of a
 * project, removed evidence included, count against the settings `evidence.quotaFiles` and
 * `evidence.quotaMegabytes`; a refusal names the limit and what is used; parallel uploads cannot
 * both take the last free place (a per-project advisory lock in the upload's transaction).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { addFileEvidence } from '@/lib/evidence/add-file-evidence';
import { addLinkEvidence } from '@/lib/evidence/add-link-evidence';
import { removeEvidence } from '@/lib/evidence/remove-evidence';
import { SETTING_DEFAULTS } from '@/lib/settings/setting-definitions';
import { updateSettings } from '@/lib/settings/update-settings';
import { seed } from '@/prisma/seed/seed';
import { minimalPdf, pdfOfSize, storedObjects } from '@/tests/support/evidence-files';
import { createTestProject, demoActors, type TestUser } from '@/tests/support/factories';

const storageDir = mkdtempSync(path.join(tmpdir(), 'portal-quota-'));
process.env.STORAGE_DIR = storageDir;

const MB = 1024 * 1024;
let applicant: TestUser;
let admin: TestUser;


beforeAll(async () => {
  await seed({ demo: true });
  ({ applicant, admin } = await demoActors());
});

const upload = (projectId: string, name: string, bytes: Uint8Array = minimalPdf(name)) =>
  addFileEvidence({ actor: applicant, projectId, standardKey: 'std-01', title: name, fileName: `${name}.pdf`, bytes, virusScan: null });

async function refusal(call: Promise<unknown>): Promise<DomainError> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('the upload quota per project', () => {
  it('defaults to 200 MB and 100 files', () => {
    expect(SETTING_DEFAULTS['evidence.quotaMegabytes']).toBe(200);
    expect(SETTING_DEFAULTS['evidence.quotaFiles']).toBe(100);
  });

  it('counts every file version, removed evidence too but not links, and names limit and use when refused', async () => {
    await updateSettings({ actor: admin, input: { evidenceQuotaFiles: 3, evidenceQuotaMegabytes: 200 } });
    const { id: projectId } = await createTestProject({ actor: applicant, input: { title: 'Kontingent Dateien' } });
    const first = await upload(projectId, 'eins');
    await addFileEvidence({ actor: applicant, projectId, evidenceId: first.id, fileName: 'eins-2.pdf', bytes: minimalPdf('eins, Fassung 2'), virusScan: null });
    await removeEvidence({ actor: applicant, projectId, evidenceId: first.id });
    await addLinkEvidence({ actor: applicant, projectId, standardKey: 'std-01', title: 'Link', url: 'https://example.org/nachweis' });
    const third = await upload(projectId, 'drei');
    const objectsBefore = storedObjects(storageDir).length;

    const error = await refusal(upload(projectId, 'vier'));
    expect(error.code).toBe('quotaExceeded');
    expect(error.fieldErrors).toEqual({ file: ['quotaExceeded'] });
    expect(error.values).toMatchObject({ maxFiles: 3, maxMegabytes: 200, usedFiles: 3 });
    // Nothing of the refused upload is left: no row, no stored file.
    expect(await db.evidence.count({ where: { projectId, title: 'vier' } })).toBe(0);
    expect(storedObjects(storageDir)).toHaveLength(objectsBefore);
    // A new version counts like a new file.
    expect((await refusal(addFileEvidence({ actor: applicant, projectId, evidenceId: third.id, fileName: 'x.pdf', bytes: minimalPdf('x'), virusScan: null }))).code).toBe(
      'quotaExceeded',
    );
    // Another project has its own quota.
    const { id: otherProject } = await createTestProject({ actor: applicant, input: { title: 'Anderes Projekt' } });
    await expect(upload(otherProject, 'eins')).resolves.toMatchObject({ title: 'eins' });

    // The administrator raises the limit: the upload passes.
    await updateSettings({ actor: admin, input: { evidenceQuotaFiles: 4 } });
    await expect(upload(projectId, 'vier')).resolves.toMatchObject({ title: 'vier' });
  });

  it('counts megabytes over all versions and says how much is used and how large the file is', async () => {
    await updateSettings({ actor: admin, input: { evidenceQuotaFiles: 100, evidenceQuotaMegabytes: 12 } });
    const { id: projectId } = await createTestProject({ actor: applicant, input: { title: 'Kontingent MB' } });
    await upload(projectId, 'gross', pdfOfSize(6 * MB));
    await upload(projectId, 'mittel', pdfOfSize(5.5 * MB));
    const error = await refusal(upload(projectId, 'zu-viel', pdfOfSize(MB)));
    expect(error.code).toBe('quotaExceeded');
    expect(error.values).toEqual({ maxFiles: 100, maxMegabytes: 12, usedFiles: 2, usedMegabytes: 11.5, fileMegabytes: 1 });
    // Exactly up to the limit is allowed.
    await expect(upload(projectId, 'passt', pdfOfSize(0.5 * MB))).resolves.toMatchObject({ title: 'passt' });
  });

  it('lets only one of several parallel uploads take the last free place', async () => {
    await updateSettings({ actor: admin, input: { evidenceQuotaFiles: 2, evidenceQuotaMegabytes: 200 } });
    const { id: projectId } = await createTestProject({ actor: applicant, input: { title: 'Kontingent parallel' } });
    await upload(projectId, 'erste');
    const objectsBefore = storedObjects(storageDir).length;
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    // To make the uploads' transactions truly overlap, a gate holds the draft revision locked
    // for update (as „Einreichen“ does) until all of them wait for it inside their transactions;
    // then they go on at the same moment. (The embedded PGlite has one connection: there the
    // transactions run one after the other anyway, and the uploads simply start together.)
    let uploads: Array<Promise<unknown>> = [];
    const oneConnection = process.env.DATABASE_POOL_MAX === '1';
    if (oneConnection) uploads = names.map((name) => upload(projectId, `parallel-${name}`));
    else await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT 1 FROM "Revision" r JOIN "Assessment" a ON a."id" = r."assessmentId" WHERE a."projectId" = ${projectId} FOR UPDATE OF r`;
        uploads = names.map((name) => upload(projectId, `parallel-${name}`));
        for (const attempt of Array(200).keys()) {
          const [{ waiting }] = await db.$queryRaw<[{ waiting: number }]>`
            SELECT count(*)::int AS "waiting" FROM pg_stat_activity WHERE "datname" = current_database() AND "wait_event_type" = 'Lock'`;
          if (waiting >= names.length) break;
          if (attempt === 199) throw new Error(`only ${waiting} uploads are waiting`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
      { timeout: 30_000 },
    );
    const results = await Promise.allSettled(uploads);
    const passed = results.filter((result) => result.status === 'fulfilled');
    const refused = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as DomainError] : []));
    expect(passed).toHaveLength(1);
    expect(refused.map((error) => error.code)).toEqual(Array(names.length - 1).fill('quotaExceeded'));
    expect(await db.evidenceVersion.count({ where: { evidence: { projectId } } })).toBe(2);
    // The refused uploads' files are gone again at once (their transactions surely rolled back).
    expect(storedObjects(storageDir)).toHaveLength(objectsBefore + 1);
  });
});
