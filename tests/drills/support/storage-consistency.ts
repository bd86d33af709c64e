import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { storedObjects } from '@/tests/support/evidence-files';
import { withDatabase } from '@/tests/e2e/support/fixtures';

export type StoredVersion = { id: string; evidenceId: string; projectId: string; sha256: string; size: number; storageKey: string };

/** Every file evidence version in the database. */
export async function fileVersions(): Promise<StoredVersion[]> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<StoredVersion>(
      `SELECT v.id, v."evidenceId", e."projectId", v.sha256, v.size, v."storageKey"
       FROM "EvidenceVersion" v JOIN "Evidence" e ON e.id = v."evidenceId" WHERE v."storageKey" IS NOT NULL`,
    );
    return rows;
  });
}

/**
 * The evidence storage and the database agree (ADR 033): every row's file is there with the
 * row's size and SHA-256, no file is there without a row, and nothing is left in the staging
 * directory. (The orphan sweep would remove an unreferenced file after an hour; the drills
 * expect none at all.)
 */
export async function expectStorageMatchesDatabase(storageDir: string): Promise<StoredVersion[]> {
  const versions = await fileVersions();
  expect(storedObjects(storageDir), 'stored files = the storage keys of the evidence rows').toEqual(versions.map((version) => version.storageKey).sort());
  for (const version of versions) {
    const bytes = readFileSync(path.join(storageDir, version.storageKey.slice(0, 2), version.storageKey));
    expect({ size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }, `file of version ${version.id}`).toEqual({ size: version.size, sha256: version.sha256 });
  }
  const staging = path.join(storageDir, '.incoming');
  expect(existsSync(staging) ? readdirSync(staging) : [], 'staged uploads left behind').toEqual([]);
  return versions;
}
