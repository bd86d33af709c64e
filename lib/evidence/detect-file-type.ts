import { readFile } from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';
import { allowedFileTypeOf, type AllowedFileType } from '@/lib/evidence/evidence-rules';
import { readCompoundFileEntries } from '@/lib/evidence/read-compound-file-entries';

/** Legacy Office files are compound files; their top-level stream tells which program wrote them. */
const COMPOUND_FILE_TYPES: Array<[stream: string, mediaType: string]> = [
  ['WordDocument', 'application/msword'],
  ['PowerPoint Document', 'application/vnd.ms-powerpoint'],
  ['Workbook', 'application/vnd.ms-excel'],
  ['Book', 'application/vnd.ms-excel'],
];

export type DetectedFileType = {
  /** The allowed evidence type (lib/evidence/evidence-rules.ts), or null. */
  type: AllowedFileType | null;
  /** What the bytes are, as `file-type` names it (e.g. `application/vnd.ms-word.document.macroenabled.12`); null: unknown. */
  mime: string | null;
  /** A compound file's top-level streams and storages (legacy Office), for the macro check; else null. */
  compoundEntries: string[] | null;
};

/**
 * The type of a file, detected from its bytes (never from its name): `file-type` reads as much
 * of the file as it needs (the first bytes; for a zip its first entries). A compound file (the
 * container of DOC, XLS, PPT, but also of installers) is read whole (at most 10 MB) for its
 * directory and counts only with a Word, Excel or PowerPoint stream at the top.
 */
export async function detectFileType({ path }: { path: string }): Promise<DetectedFileType> {
  const detected = await fileTypeFromFile(path).catch(() => undefined);
  if (!detected) return { type: null, mime: null, compoundEntries: null };
  if (detected.mime === 'application/x-cfb') {
    const names = readCompoundFileEntries(new Uint8Array(await readFile(path)));
    if (!names) return { type: null, mime: detected.mime, compoundEntries: null };
    const match = COMPOUND_FILE_TYPES.find(([stream]) => names.includes(stream));
    return { type: match ? (allowedFileTypeOf(match[1]) ?? null) : null, mime: detected.mime, compoundEntries: names };
  }
  return { type: allowedFileTypeOf(detected.mime) ?? null, mime: detected.mime, compoundEntries: null };
}
