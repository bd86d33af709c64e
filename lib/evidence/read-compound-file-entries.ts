/**
 * Names of the top-level streams and storages of a Microsoft Compound File (the container of
 * the legacy Office formats DOC, XLS and PPT, but also of MSI installers and Outlook messages),
 * read from the bytes by the published layout ([MS-CFB]). Returns null for anything that is
 * not a well-formed compound file. Only the root's direct children count, so an Excel table
 * embedded in a Word document does not make the document a workbook.
 */
const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const NO_STREAM = 0xffffffff;
const MAX_REGULAR_SECTOR = 0xfffffffa;
const ENTRY_SIZE = 128;

export function readCompoundFileEntries(bytes: Uint8Array): string[] | null {
  if (bytes.length < 512 || SIGNATURE.some((value, index) => bytes[index] !== value)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + 1;
  const entriesPerSector = sectorSize / 4;

  const sectorOffset = (sector: number): number | null => {
    if (sector >= MAX_REGULAR_SECTOR) return null;
    const offset = (sector + 1) * sectorSize;
    return offset + sectorSize <= bytes.length ? offset : null;
  };

  // The FAT sectors: up to 109 listed in the header, the rest in the DIFAT chain.
  const fatSectorCount = view.getUint32(0x2c, true);
  if (fatSectorCount > sectorCount) return null;
  const fatSectors: number[] = [];
  for (let index = 0; index < 109 && fatSectors.length < fatSectorCount; index++) {
    fatSectors.push(view.getUint32(0x4c + index * 4, true));
  }
  let difatSector = view.getUint32(0x44, true);
  for (let guard = 0; fatSectors.length < fatSectorCount && guard <= sectorCount; guard++) {
    const offset = sectorOffset(difatSector);
    if (offset === null) return null;
    for (let index = 0; index < entriesPerSector - 1 && fatSectors.length < fatSectorCount; index++) {
      fatSectors.push(view.getUint32(offset + index * 4, true));
    }
    difatSector = view.getUint32(offset + (entriesPerSector - 1) * 4, true);
  }
  if (fatSectors.length < fatSectorCount) return null;

  const nextSector = (sector: number): number | null => {
    const fatSector = fatSectors[Math.floor(sector / entriesPerSector)];
    if (fatSector === undefined) return null;
    const offset = sectorOffset(fatSector);
    return offset === null ? null : view.getUint32(offset + (sector % entriesPerSector) * 4, true);
  };

  // The directory: a chain of sectors holding 128-byte entries.
  type Entry = { name: string; type: number; left: number; right: number; child: number };
  const entries: Entry[] = [];
  let sector: number | null = view.getUint32(0x30, true);
  for (let guard = 0; sector !== null && sector < MAX_REGULAR_SECTOR; guard++) {
    if (guard > sectorCount) return null;
    const offset = sectorOffset(sector);
    if (offset === null) return null;
    for (let at = offset; at < offset + sectorSize; at += ENTRY_SIZE) {
      const nameBytes = Math.min(view.getUint16(at + 64, true), 64);
      const name = nameBytes >= 2 ? new TextDecoder('utf-16le').decode(bytes.subarray(at, at + nameBytes - 2)) : '';
      entries.push({
        name,
        type: bytes[at + 66]!,
        left: view.getUint32(at + 68, true),
        right: view.getUint32(at + 72, true),
        child: view.getUint32(at + 76, true),
      });
    }
    sector = nextSector(sector);
  }
  const root = entries[0];
  if (!root || root.type !== 5) return null;

  // The root's children form a tree through their left and right siblings.
  const names: string[] = [];
  const seen = new Set<number>();
  const stack = [root.child];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === NO_STREAM || seen.has(id)) continue;
    const entry = entries[id];
    if (!entry) return null;
    seen.add(id);
    if (entry.type === 1 || entry.type === 2) names.push(entry.name);
    stack.push(entry.left, entry.right);
  }
  return names;
}
