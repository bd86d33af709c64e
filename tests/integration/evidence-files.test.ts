import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { ScopeActor } from '@/lib/auth/scope';
import { DomainError, NotFoundError } from '@/lib/errors';
import { addFileEvidence } from '@/lib/evidence/add-file-evidence';
import { listEvidence } from '@/lib/evidence/list-evidence';
import { MAX_EVIDENCE_FILE_BYTES } from '@/lib/evidence/evidence-rules';
import { getFileStorage } from '@/lib/storage/get-file-storage';
import { seed } from '@/prisma/seed/seed';
import { elfExecutable, htmlPage, minimalDocx, minimalOdt, minimalPdf, minimalPng, pdfOfSize } from '@/tests/support/evidence-files';
import { createTestCompany, createTestProject, demoActors } from '@/tests/support/factories';

const storageDir = mkdtempSync(path.join(tmpdir(), 'portal-evidence-'));
process.env.STORAGE_DIR = storageDir;

/** Every stored object (the storage spreads them over sub-directories). */
function storedFiles(): string[] {
  return readdirSync(storageDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function rejectsWith(code: string) {
  return (error: unknown) => error instanceof DomainError && error.code === code;
}

let applicant: ScopeActor;
let projectId: string;

beforeAll(async () => {
  await seed({ demo: true });
  ({ applicant } = await demoActors());
  ({ id: projectId } = await createTestProject({ actor: applicant, input: { title: 'Pflegekräfte aus Vietnam' } }));
});

describe('addFileEvidence: the type comes from the bytes', () => {
  it('accepts a PDF named .txt as a PDF and records hash, size, type, name, uploader and an audit event', async () => {
    const bytes = minimalPdf('Konzept');
    const item = await addFileEvidence({ actor: applicant, projectId, standardKey: 'std-01', title: 'Konzept', fileName: 'konzept.txt', bytes });
    expect(item).toMatchObject({ kind: 'FILE', title: 'Konzept', standardKey: 'std-01', companyId: null, removed: false });
    expect(item.latest).toMatchObject({ number: 1, fileName: 'konzept.txt', mediaType: 'application/pdf', typeLabel: 'PDF', size: bytes.length });

    const version = await db.evidenceVersion.findUniqueOrThrow({
      where: { id: item.latest.id },
      select: { sha256: true, storageKey: true, uploadedById: true, size: true },
    });
    expect(version.sha256).toBe(sha256(bytes));
    expect(version.uploadedById).toBe(applicant.id);
    expect(version.storageKey).toMatch(/^[0-9a-f-]{36}$/);
    const stored = await getFileStorage().readBytes(version.storageKey!);
    expect(sha256(stored)).toBe(version.sha256);
    expect(Buffer.from(stored).equals(Buffer.from(bytes))).toBe(true);

    const events = await db.auditEvent.findMany({ where: { subjectId: item.id }, select: { action: true, actorId: true, details: true } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'evidence.added', actorId: applicant.id, details: { projectId, number: 1, sha256: version.sha256 } });
  });

  it('accepts PNG, DOCX and ODT, each with its detected type', async () => {
    const cases = [
      { bytes: minimalPng(), fileName: 'foto.png', mediaType: 'image/png' },
      { bytes: minimalDocx(), fileName: 'vertrag.docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
      { bytes: minimalOdt(), fileName: 'plan.odt', mediaType: 'application/vnd.oasis.opendocument.text' },
    ];
    for (const { bytes, fileName, mediaType } of cases) {
      const item = await addFileEvidence({ actor: applicant, projectId, standardKey: 'std-02', title: fileName, fileName, bytes });
      expect(item.latest.mediaType).toBe(mediaType);
    }
  });

  it('refuses HTML named .pdf and an executable, leaving neither rows nor files behind', async () => {
    const filesBefore = storedFiles().length;
    const rowsBefore = await db.evidence.count();
    for (const bytes of [htmlPage(), elfExecutable()]) {
      await expect(
        addFileEvidence({ actor: applicant, projectId, standardKey: 'std-03', title: 'Getarnt', fileName: 'harmlos.pdf', bytes }),
      ).rejects.toSatisfy(rejectsWith('fileTypeNotAllowed'));
    }
    expect(storedFiles()).toHaveLength(filesBefore);
    expect(await db.evidence.count()).toBe(rowsBefore);
  });

  it('accepts exactly 10 MB, refuses 10 MB + 1 byte and empty files', async () => {
    const exact = await addFileEvidence({
      actor: applicant,
      projectId,
      standardKey: 'std-04',
      title: 'Groß',
      fileName: 'gross.pdf',
      bytes: pdfOfSize(MAX_EVIDENCE_FILE_BYTES),
    });
    expect(exact.latest.size).toBe(10 * 1024 * 1024);
    await expect(
      addFileEvidence({ actor: applicant, projectId, standardKey: 'std-04', title: 'Zu groß', fileName: 'zu-gross.pdf', bytes: pdfOfSize(MAX_EVIDENCE_FILE_BYTES + 1) }),
    ).rejects.toSatisfy(rejectsWith('fileTooLarge'));
    await expect(
      addFileEvidence({ actor: applicant, projectId, standardKey: 'std-04', title: 'Leer', fileName: 'leer.pdf', bytes: new Uint8Array() }),
    ).rejects.toSatisfy(rejectsWith('fileEmpty'));
    expect(await db.evidence.count({ where: { title: { in: ['Zu groß', 'Leer'] } } })).toBe(0);
  });
});

describe('versions', () => {
  it('a new upload of the same evidence becomes version 2; version 1 stays intact', async () => {
    const first = minimalPdf('Fassung eins');
    const second = minimalPdf('Fassung zwei');
    const v1 = await addFileEvidence({ actor: applicant, projectId, standardKey: 'std-05', title: 'Leitbild', fileName: 'leitbild.pdf', bytes: first });
    const v1Row = await db.evidenceVersion.findUniqueOrThrow({ where: { id: v1.latest.id } });

    const v2 = await addFileEvidence({ actor: applicant, projectId, evidenceId: v1.id, fileName: 'leitbild-neu.pdf', bytes: second });
    expect(v2.id).toBe(v1.id);
    expect(v2.title).toBe('Leitbild');
    expect(v2.latest).toMatchObject({ number: 2, fileName: 'leitbild-neu.pdf' });
    expect(v2.versions.map((version) => version.number)).toEqual([2, 1]);

    expect(await db.evidenceVersion.findUniqueOrThrow({ where: { id: v1.latest.id } })).toEqual(v1Row);
    expect(sha256(await getFileStorage().readBytes(v1Row.storageKey!))).toBe(sha256(first));
    // The database itself refuses to change an uploaded version.
    await expect(db.evidenceVersion.update({ where: { id: v1.latest.id }, data: { fileName: 'x.pdf' } })).rejects.toThrow();

    const listed = await listEvidence({ actor: applicant, projectId, standardKey: 'std-05' });
    expect(listed).toHaveLength(1);
    expect(listed[0]!.latest.number).toBe(2);
    expect(listed[0]!.versions.map((version) => version.fileName)).toEqual(['leitbild-neu.pdf', 'leitbild.pdf']);
    const actions = await db.auditEvent.findMany({ where: { subjectId: v1.id }, orderBy: { at: 'asc' }, select: { action: true } });
    expect(actions.map((event) => event.action)).toEqual(['evidence.added', 'evidence.versionAdded']);
  });

  it('concurrent new versions get distinct numbers', async () => {
    const base = await addFileEvidence({ actor: applicant, projectId, standardKey: 'std-06', title: 'Parallel', fileName: 'a.pdf', bytes: minimalPdf('a') });
    const results = await Promise.all(
      ['b', 'c', 'd'].map((name) => addFileEvidence({ actor: applicant, projectId, evidenceId: base.id, fileName: `${name}.pdf`, bytes: minimalPdf(name) })),
    );
    expect(results.map((item) => item.latest.number).sort()).toEqual([2, 3, 4]);
  });
});

describe('targets', () => {
  it('company evidence (declaration of intent) belongs to a company of the same project', async () => {
    const company = await createTestCompany({ actor: applicant, projectId, input: { name: 'Muster GmbH', contact: 'Magdeburg' } });
    const item = await addFileEvidence({ actor: applicant, projectId, companyId: company.id, title: 'Absichtserklärung', fileName: 'Absichtserklärung.pdf', bytes: minimalPdf() });
    expect(item).toMatchObject({ companyId: company.id, standardKey: null });
    expect((await listEvidence({ actor: applicant, projectId, companyId: company.id })).map((entry) => entry.id)).toEqual([item.id]);

    const { id: otherProject } = await createTestProject({ actor: applicant, input: { title: 'Zweites Projekt' } });
    await expect(
      addFileEvidence({ actor: applicant, projectId: otherProject, companyId: company.id, title: 'Falsch', fileName: 'f.pdf', bytes: minimalPdf() }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('needs a title and exactly one known standard or company', async () => {
    const bytes = minimalPdf();
    await expect(addFileEvidence({ actor: applicant, projectId, standardKey: 'std-99', title: 'X', fileName: 'x.pdf', bytes })).rejects.toSatisfy(
      rejectsWith('standardInvalid'),
    );
    await expect(addFileEvidence({ actor: applicant, projectId, title: 'X', fileName: 'x.pdf', bytes })).rejects.toSatisfy(
      (error: unknown) => error instanceof Error && error.name === 'ZodError' && error.message.includes('targetRequired'),
    );
    await expect(addFileEvidence({ actor: applicant, projectId, standardKey: 'std-01', fileName: 'x.pdf', bytes })).rejects.toSatisfy(
      (error: unknown) => error instanceof Error && error.name === 'ZodError' && error.message.includes('titleRequired'),
    );
  });
});
