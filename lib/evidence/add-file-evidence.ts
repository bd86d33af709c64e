import { createHash } from 'node:crypto';
import type { ScopeActor } from '@/lib/auth/scope';
import { db } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { addFileEvidenceSchema } from '@/lib/evidence/evidence-schemas';
import { detectFileType } from '@/lib/evidence/detect-file-type';
import type { EvidenceItem } from '@/lib/evidence/evidence-item';
import { ALLOWED_FILE_TYPE_LABELS, MAX_EVIDENCE_FILE_BYTES } from '@/lib/evidence/evidence-rules';
import { sanitizeFileName } from '@/lib/evidence/sanitize-file-name';
import { saveEvidenceVersion } from '@/lib/evidence/save-evidence-version';
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
  bytes: Uint8Array;
  storage?: FileStorage;
  requestId?: string | null;
};

/**
 * Stores an uploaded file as new evidence (version 1) or as a new version of existing evidence.
 * The type is detected from the bytes; empty files, files over 10 MB and other types are
 * refused. The file is written to storage before the database rows and removed again when the
 * transaction fails, so nothing is left half-written.
 */
export async function addFileEvidence(options: AddFileEvidenceOptions): Promise<EvidenceItem> {
  const { actor, projectId, bytes, requestId } = options;
  const fields = addFileEvidenceSchema.parse(options);
  if (bytes.length === 0) throw new DomainError('fileEmpty', 'The file is empty', { file: ['fileEmpty'] });
  if (bytes.length > MAX_EVIDENCE_FILE_BYTES) throw new DomainError('fileTooLarge', 'The file is larger than 10 MB', { file: ['fileTooLarge'] });
  const type = await detectFileType({ bytes });
  if (!type) {
    throw new DomainError('fileTypeNotAllowed', `Only these types are accepted: ${ALLOWED_FILE_TYPE_LABELS}`, { file: ['fileTypeNotAllowed'] });
  }

  const storage = options.storage ?? getFileStorage();
  const storageKey = newStorageKey();
  const version = {
    fileName: sanitizeFileName(options.fileName),
    mediaType: type.mediaType,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    storageKey,
  };
  await storage.put(storageKey, bytes);
  try {
    return await db.$transaction((tx) =>
      saveEvidenceVersion({ tx, actor, projectId, kind: 'FILE', ...fields, version, requestId }),
    );
  } catch (error) {
    await storage.remove(storageKey).catch(() => undefined);
    throw error;
  }
}
