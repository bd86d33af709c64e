import { readFile } from 'node:fs/promises';
import { DomainError } from '@/lib/errors';
import { detectFileType } from '@/lib/evidence/detect-file-type';
import { ALLOWED_FILE_TYPE_LABELS, MAX_EVIDENCE_FILE_BYTES, type AllowedFileType } from '@/lib/evidence/evidence-rules';
import { findOfficeMacros } from '@/lib/evidence/find-office-macros';
import { findPdfActiveContent } from '@/lib/evidence/find-pdf-active-content';

const refusal = (code: 'fileEmpty' | 'fileTooLarge' | 'fileTypeNotAllowed' | 'officeMacros' | 'pdfActiveContent' | 'pdfUncheckable', message: string) =>
  new DomainError(code, message, { file: [code] });

/**
 * The checks of an uploaded file's content (ADR 005, ADR 025), on the staged file: not empty,
 * at most 10 MB, an allowed type by its bytes, no office macros (find-office-macros.ts), no
 * JavaScript or launch actions in a PDF (find-pdf-active-content.ts). Returns the detected
 * type or throws a DomainError whose code is also the file field's message key. Reads the first
 * bytes for the type, a zip's directory for macros; PDFs and legacy office files are read whole
 * (at most 10 MB).
 */
export async function checkEvidenceFile({ path, size }: { path: string; size: number }): Promise<AllowedFileType> {
  if (size === 0) throw refusal('fileEmpty', 'The file is empty');
  if (size > MAX_EVIDENCE_FILE_BYTES) throw refusal('fileTooLarge', 'The file is larger than 10 MB');
  const detected = await detectFileType({ path });
  const macros = await findOfficeMacros({ path, detected });
  if (macros) throw refusal('officeMacros', 'Office documents with macros are not accepted');
  if (!detected.type || macros === null) throw refusal('fileTypeNotAllowed', `Only these types are accepted: ${ALLOWED_FILE_TYPE_LABELS}`);
  if (detected.type.mediaType === 'application/pdf') {
    const { actions, uncheckable } = findPdfActiveContent(await readFile(path));
    if (actions.length > 0) throw refusal('pdfActiveContent', `PDF with ${actions.map((name) => `/${name}`).join(', ')}`);
    if (uncheckable) throw refusal('pdfUncheckable', 'PDF object streams that cannot be checked');
  }
  return detected.type;
}
