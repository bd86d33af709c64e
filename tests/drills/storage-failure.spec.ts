/**
 * Storage failure drill (ADR 033): the evidence storage full (a real ENOSPC: the drill's storage
 * is a small tmpfs where `mount` is allowed) and not writable (its staging directory replaced by
 * a regular file, which stops root as well). Each upload is refused with a clear message in
 * German and English, leaves no row without its file and no file without a row; once the
 * storage is back, uploads work again.
 */
import { closeSync, mkdirSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';
import path from 'node:path';
import { minimalPdf } from '@/tests/support/evidence-files';
import { signIn } from '@/tests/e2e/support/fixtures';
import { createTestProject, createTestUser, PASSWORD } from '@/tests/e2e/support/factories';
import de from '@/lib/i18n/messages/de/errors.json';
import en from '@/lib/i18n/messages/en/errors.json';
import { expectStorageMatchesDatabase } from './support/storage-consistency';
import { expect, test } from './support/drill-test';

/** Fills the file system under `directory` until it refuses (ENOSPC); returns the filler's path. */
function fillUp(directory: string): string {
  const filler = path.join(directory, 'drill-filler.bin');
  const descriptor = openSync(filler, 'w');
  const chunk = Buffer.alloc(1024 * 1024, 1);
  try {
    for (;;) writeSync(descriptor, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(descriptor);
  }
  expect(statfsSync(directory).bavail, 'free blocks after filling up').toBeLessThan(16);
  return filler;
}

test('storage failure: a full and an unwritable storage refuse uploads clearly and leave no row without its file', async ({ portal, page }) => {
  const applicant = await createTestUser({ role: 'APPLICANT', name: 'Sina Speicher' });
  const project = await createTestProject({ actor: applicant });
  await signIn(page, applicant.email, PASSWORD);
  await page.waitForURL('**/projects');
  const upload = (title: string) =>
    page.request.post(`/api/projects/${project.id}/evidence`, {
      multipart: { kind: 'FILE', standardKey: 'std-01', title, file: { name: `${title}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(minimalPdf(`${title} ${'x'.repeat(600_000)}`)) } },
    });
  // The messages a user reads for both codes, in both languages.
  for (const code of ['storageFull', 'storageUnavailable'] as const) {
    expect(de.domain[code]).toContain('Die Datei wurde nicht gespeichert');
    expect(en.domain[code]).toContain('The file was not stored');
  }

  if (portal.tmpfs) {
    const filler = fillUp(portal.storageDir);
    try {
      const refused = await upload('Voll');
      expect(refused.status()).toBe(507);
      expect(await refused.json()).toMatchObject({ ok: false, formError: 'storageFull' });
    } finally {
      rmSync(filler);
    }
  } else {
    console.log('[drill:storage] no tmpfs here (`mount` not allowed): ENOSPC is covered by tests/unit/storage-failures.test.ts (/dev/full)');
  }

  // The staging directory replaced by a regular file: nothing can be written.
  const staging = path.join(portal.storageDir, '.incoming');
  rmSync(staging, { recursive: true, force: true });
  closeSync(openSync(staging, 'w'));
  try {
    const refused = await upload('Gesperrt');
    expect(refused.status()).toBe(503);
    expect(await refused.json()).toMatchObject({ ok: false, formError: 'storageUnavailable' });
  } finally {
    rmSync(staging);
    mkdirSync(staging, { mode: 0o700 });
  }
  await expectStorageMatchesDatabase(portal.storageDir);

  // Back to normal: the upload is stored with its row.
  const stored = await upload('Wieder da');
  expect(stored.status()).toBe(201);
  const versions = await expectStorageMatchesDatabase(portal.storageDir);
  expect(versions.filter((version) => version.projectId === project.id)).toHaveLength(1);
});
