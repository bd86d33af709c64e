import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { ScopeActor } from '@/lib/auth/scope';
import { AuthorizationError } from '@/lib/errors';
import { DomainError, NotFoundError } from '@/lib/errors';
import { addFileEvidence } from '@/lib/evidence/add-file-evidence';
import { addLinkEvidence } from '@/lib/evidence/add-link-evidence';
import { getEvidenceVersionDownload } from '@/lib/evidence/get-evidence-version-download';
import { listEvidence } from '@/lib/evidence/list-evidence';
import { removeEvidence } from '@/lib/evidence/remove-evidence';
import { getFileStorage } from '@/lib/storage/get-file-storage';
import { seed } from '@/prisma/seed/seed';
import { minimalPdf } from '@/tests/support/evidence-files';
import { createSubmittedRevision, createTestProject, createTestUser, demoActors } from '@/tests/support/factories';

const storageDir = mkdtempSync(path.join(tmpdir(), 'portal-evidence-'));
process.env.STORAGE_DIR = storageDir;
const storedFileCount = () => readdirSync(storageDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;

let applicant: ScopeActor;
let officer: ScopeActor;
let admin: ScopeActor;
let otherApplicant: ScopeActor;
let projectId: string;

beforeAll(async () => {
  await seed({ demo: true });
  ({ applicant, officer, admin } = await demoActors());
  otherApplicant = await createTestUser({ role: 'APPLICANT', email: 'fremd@example.org', name: 'Fritz Fremd' });
  ({ id: projectId } = await createTestProject({ actor: applicant, input: { title: 'Pflegekräfte aus Vietnam' } }));
});

const zodMessages = (error: unknown) => (error instanceof z.ZodError ? error.issues.map((issue) => issue.message) : []);

describe('link evidence', () => {
  it('accepts http and https and makes a changed address version 2', async () => {
    const item = await addLinkEvidence({ actor: applicant, projectId, standardKey: 'std-07', title: 'Website', url: 'https://example.org/leitbild' });
    expect(item).toMatchObject({ kind: 'LINK', latest: { number: 1, url: 'https://example.org/leitbild', fileName: null, size: null } });
    const next = await addLinkEvidence({ actor: applicant, projectId, evidenceId: item.id, url: 'http://example.org/leitbild-2026' });
    expect(next.versions.map((version) => [version.number, version.url])).toEqual([
      [2, 'http://example.org/leitbild-2026'],
      [1, 'https://example.org/leitbild'],
    ]);
  });

  it('refuses other schemes, malformed and overlong addresses, and file versions of a link', async () => {
    const input = { actor: applicant, projectId, standardKey: 'std-07', title: 'Link' };
    const cases: Array<[string, string]> = [
      ['javascript:alert(1)', 'urlProtocol'],
      ['ftp://example.org/datei', 'urlProtocol'],
      ['data:text/html,<b>x</b>', 'urlProtocol'],
      ['kein link', 'urlInvalid'],
      ['https://nutzer:geheim@example.org/', 'urlInvalid'],
      [`https://example.org/${'a'.repeat(2000)}`, 'urlTooLong'],
      ['', 'urlRequired'],
    ];
    for (const [url, message] of cases) {
      await expect(addLinkEvidence({ ...input, url }), url).rejects.toSatisfy((error) => zodMessages(error).includes(message));
    }
    const exactly2000 = `https://example.org/${'a'.repeat(2000 - 'https://example.org/'.length)}`;
    expect((await addLinkEvidence({ ...input, url: exactly2000 })).latest.url).toHaveLength(2000);

    const link = await addLinkEvidence({ ...input, url: 'https://example.org/' });
    await expect(addFileEvidence({ actor: applicant, projectId, evidenceId: link.id, fileName: 'a.pdf', bytes: minimalPdf() })).rejects.toSatisfy(
      (error) => error instanceof DomainError && error.code === 'kindMismatch',
    );
  });
});

describe('removeEvidence', () => {
  it('is soft: the evidence leaves the list, its versions and file stay', async () => {
    const item = await addFileEvidence({ actor: applicant, projectId, standardKey: 'std-08', title: 'Alt', fileName: 'alt.pdf', bytes: minimalPdf() });
    await removeEvidence({ actor: applicant, projectId, evidenceId: item.id });

    const row = await db.evidence.findUniqueOrThrow({ where: { id: item.id }, select: { removedAt: true, versions: { select: { storageKey: true } } } });
    expect(row.removedAt).toBeInstanceOf(Date);
    expect(row.versions).toHaveLength(1);
    expect(Buffer.from(await getFileStorage().readBytes(row.versions[0]!.storageKey!)).equals(Buffer.from(minimalPdf()))).toBe(true);
    expect((await listEvidence({ actor: applicant, projectId, standardKey: 'std-08' })).map((entry) => entry.id)).not.toContain(item.id);
    // Gone from the draft: no second removal, no new version.
    await expect(removeEvidence({ actor: applicant, projectId, evidenceId: item.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addFileEvidence({ actor: applicant, projectId, evidenceId: item.id, fileName: 'b.pdf', bytes: minimalPdf() })).rejects.toBeInstanceOf(NotFoundError);
    // Its owner can still download what was uploaded (e.g. a version a submitted revision references).
    expect((await getEvidenceVersionDownload({ actor: applicant, versionId: item.latest.id })).fileName).toBe('alt.pdf');
    const events = await db.auditEvent.findMany({ where: { subjectId: item.id, action: 'evidence.removed' }, select: { actorId: true } });
    expect(events).toEqual([{ actorId: applicant.id }]);
  });
});

describe('scope and roles', () => {
  it("another organisation's project or evidence is not found, for every operation", async () => {
    const own = await addFileEvidence({ actor: applicant, projectId, standardKey: 'std-09', title: 'Eigen', fileName: 'e.pdf', bytes: minimalPdf() });
    const { id: foreignProject } = await createTestProject({ actor: otherApplicant, input: { title: 'Fremdes Projekt' } });
    const before = storedFileCount();
    await expect(
      addFileEvidence({ actor: otherApplicant, projectId, standardKey: 'std-09', title: 'X', fileName: 'x.pdf', bytes: minimalPdf() }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(storedFileCount()).toBe(before);
    await expect(addLinkEvidence({ actor: otherApplicant, projectId, standardKey: 'std-09', title: 'X', url: 'https://example.org' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(listEvidence({ actor: otherApplicant, projectId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeEvidence({ actor: otherApplicant, projectId, evidenceId: own.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getEvidenceVersionDownload({ actor: otherApplicant, versionId: own.latest.id })).rejects.toBeInstanceOf(NotFoundError);
    // Forging the evidence id into one's own project does not reach it either.
    await expect(
      addFileEvidence({ actor: otherApplicant, projectId: foreignProject, evidenceId: own.id, fileName: 'x.pdf', bytes: minimalPdf() }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeEvidence({ actor: otherApplicant, projectId: foreignProject, evidenceId: own.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.evidence.findUniqueOrThrow({ where: { id: own.id }, select: { removedAt: true } })).toEqual({ removedAt: null });
  });

  it('officers and admins cannot add or remove evidence', async () => {
    for (const actor of [officer, admin]) {
      await expect(
        addFileEvidence({ actor, projectId, standardKey: 'std-10', title: 'X', fileName: 'x.pdf', bytes: minimalPdf() }),
      ).rejects.toBeInstanceOf(AuthorizationError);
      await expect(addLinkEvidence({ actor, projectId, standardKey: 'std-10', title: 'X', url: 'https://example.org' })).rejects.toBeInstanceOf(
        AuthorizationError,
      );
    }
  });
});

describe('a submitted self-assessment', () => {
  it('refuses uploads, links and removal, leaving no file behind; officers see only submitted versions', async () => {
    const { id: locked } = await createTestProject({ actor: applicant, input: { title: 'Eingereicht' } });
    const v1 = await addFileEvidence({ actor: applicant, projectId: locked, standardKey: 'std-11', title: 'Plan', fileName: 'plan.txt', bytes: minimalPdf('eins') });
    const link = await addLinkEvidence({ actor: applicant, projectId: locked, standardKey: 'std-11', title: 'Link', url: 'https://example.org' });
    // Officers see nothing of a draft project.
    await expect(getEvidenceVersionDownload({ actor: officer, versionId: v1.latest.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listEvidence({ actor: officer, projectId: locked })).rejects.toBeInstanceOf(NotFoundError);

    await createSubmittedRevision({ actor: applicant, projectId: locked });
    const before = storedFileCount();
    const isLocked = (error: unknown) => error instanceof DomainError && error.code === 'projectLocked';
    await expect(addFileEvidence({ actor: applicant, projectId: locked, evidenceId: v1.id, fileName: 'p.pdf', bytes: minimalPdf() })).rejects.toSatisfy(isLocked);
    await expect(
      addFileEvidence({ actor: applicant, projectId: locked, standardKey: 'std-11', title: 'Neu', fileName: 'n.pdf', bytes: minimalPdf() }),
    ).rejects.toSatisfy(isLocked);
    await expect(addLinkEvidence({ actor: applicant, projectId: locked, evidenceId: link.id, url: 'https://example.org/2' })).rejects.toSatisfy(isLocked);
    await expect(removeEvidence({ actor: applicant, projectId: locked, evidenceId: v1.id })).rejects.toSatisfy(isLocked);
    expect(storedFileCount()).toBe(before);

    // The officer may now download the submitted version, named with its detected type.
    const download = await getEvidenceVersionDownload({ actor: officer, versionId: v1.latest.id });
    expect(download).toMatchObject({ fileName: 'plan.txt.pdf', mediaType: 'application/pdf' });
    await expect(getEvidenceVersionDownload({ actor: admin, versionId: v1.latest.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getEvidenceVersionDownload({ actor: officer, versionId: link.latest.id })).rejects.toBeInstanceOf(NotFoundError);

    // A new draft (after a revision request): its new version stays invisible to officers until submitted.
    const revision = await db.revision.findFirstOrThrow({ where: { assessment: { projectId: locked } }, select: { assessmentId: true, catalogueVersionId: true } });
    await db.revision.create({ data: { assessmentId: revision.assessmentId, number: 2, catalogueVersionId: revision.catalogueVersionId } });
    const v2 = await addFileEvidence({ actor: applicant, projectId: locked, evidenceId: v1.id, fileName: 'plan-2.pdf', bytes: minimalPdf('zwei') });
    expect(v2.latest.number).toBe(2);
    await expect(getEvidenceVersionDownload({ actor: officer, versionId: v2.latest.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getEvidenceVersionDownload({ actor: applicant, versionId: v2.latest.id })).fileName).toBe('plan-2.pdf');
    const officerView = await listEvidence({ actor: officer, projectId: locked });
    expect(officerView.find((entry) => entry.id === v1.id)?.versions.map((version) => version.number)).toEqual([1]);
  });
});
