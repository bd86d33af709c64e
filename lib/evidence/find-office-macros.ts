import type { DetectedFileType } from '@/lib/evidence/detect-file-type';
import { readZipEntryNames } from '@/lib/evidence/read-zip-entry-names';

/** Parts of an OOXML package that hold macros: VBA projects (any folder) and Excel 4.0 macro sheets. */
function isOoxmlMacroPart(name: string): boolean {
  const lower = name.toLowerCase();
  const base = lower.slice(lower.lastIndexOf('/') + 1);
  return base === 'vbaproject.bin' || base === 'vbaprojectsignature.bin' || base === 'vbadata.xml' || lower.includes('macrosheets/');
}

/** Parts of an ODF document that hold macros: Basic modules and scripts. The library lists (script-lc.xml, script-lb.xml) alone are none. */
function isOdfMacroPart(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('scripts/') && !lower.endsWith('/')) return true;
  if (!lower.startsWith('basic/') || lower.endsWith('/')) return false;
  const base = lower.slice(lower.lastIndexOf('/') + 1);
  return base !== 'script-lc.xml' && base !== 'script-lb.xml' && base !== 'dialog-lc.xml' && base !== 'dialog-lb.xml';
}

/** Top-level storages of the legacy formats that hold a VBA project: Word (`Macros`), Excel (`_VBA_PROJECT_CUR`). */
const COMPOUND_MACRO_STORAGES = new Set(['macros', '_vba_project_cur', '_vba_project', 'vba']);

/**
 * Whether an office document carries macros, which the portal refuses (ADR 025):
 * - macro-enabled OOXML types (DOCM, XLSM, PPTM and their templates), by their content type;
 * - any OOXML or ODF package (also one renamed to .docx) whose central directory lists a VBA
 *   project (`vbaProject.bin`), Excel 4.0 macro sheets, or ODF Basic modules and scripts;
 * - legacy DOC and XLS with a VBA project storage at the top of the compound file.
 * null: a package whose directory cannot be read (no office program would open it either).
 * Not found: VBA in legacy PowerPoint files (kept inside the `PowerPoint Document` stream),
 * Excel 4.0 macros inside a legacy XLS workbook stream, and macros of embedded objects.
 */
export async function findOfficeMacros({ path, detected }: { path: string; detected: DetectedFileType }): Promise<boolean | null> {
  if (detected.mime && /macroenabled/i.test(detected.mime)) return true;
  if (detected.compoundEntries) return detected.compoundEntries.some((name) => COMPOUND_MACRO_STORAGES.has(name.toLowerCase()));
  const mime = detected.type?.mediaType ?? detected.mime ?? '';
  const ooxml = mime.startsWith('application/vnd.openxmlformats-officedocument.');
  const odf = mime.startsWith('application/vnd.oasis.opendocument.');
  if (!ooxml && !odf) return false;
  const names = await readZipEntryNames({ path });
  // A package whose directory cannot be read cannot be checked (null: the caller refuses it).
  if (!names) return null;
  return names.some(ooxml ? isOoxmlMacroPart : isOdfMacroPart);
}
