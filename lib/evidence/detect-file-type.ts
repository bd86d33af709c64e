import { fileTypeFromBuffer } from 'file-type';
import { allowedFileTypeOf, type AllowedFileType } from '@/lib/evidence/evidence-rules';
import { readCompoundFileEntries } from '@/lib/evidence/read-compound-file-entries';

/** Legacy Office files are compound files; their top-level stream tells which program wrote them. */
const COMPOUND_FILE_TYPES: Array<[stream: string, mediaType: string]> = [
  ['WordDocument', 'application/msword'],
  ['PowerPoint Document', 'application/vnd.ms-powerpoint'],
  ['Workbook', 'application/vnd.ms-excel'],
  ['Book', 'application/vnd.ms-excel'],
];

/**
 * The type of a file, detected from its bytes (never from its name), if it is one of the
 * allowed evidence types (lib/evidence/evidence-rules.ts); otherwise null.
 */
export async function detectFileType({ bytes }: { bytes: Uint8Array }): Promise<AllowedFileType | null> {
  if (bytes.length === 0) return null;
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected) return null;
  if (detected.mime === 'application/x-cfb') {
    const names = readCompoundFileEntries(bytes);
    if (!names) return null;
    const match = COMPOUND_FILE_TYPES.find(([stream]) => names.includes(stream));
    return match ? (allowedFileTypeOf(match[1]) ?? null) : null;
  }
  return allowedFileTypeOf(detected.mime) ?? null;
}
