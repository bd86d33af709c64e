import { open } from 'node:fs/promises';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
/** The end record (22 bytes) plus the longest possible comment. */
const MAX_TAIL = 22 + 0xffff;
/** More than any office document has; a directory larger than this is refused. */
const MAX_DIRECTORY_BYTES = 4 * 1024 * 1024;

/**
 * The names of the entries of a zip archive (OOXML and ODF documents are zip archives), read
 * from its central directory — the list Office and LibreOffice open a document by — without
 * reading the rest of the file: the end record at the tail (zip64 too), then the directory.
 * Returns null for anything that is not a well-formed archive.
 */
export async function readZipEntryNames({ path }: { path: string }): Promise<string[] | null> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const read = async (position: number, length: number): Promise<Buffer | null> => {
      if (position < 0 || length < 0 || position + length > size) return null;
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      return bytesRead === length ? buffer : null;
    };

    const tailLength = Math.min(size, MAX_TAIL);
    const tail = await read(size - tailLength, tailLength);
    if (!tail) return null;
    let end = -1;
    for (let at = tail.length - 22; at >= 0; at--) {
      if (tail.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY && at + 22 + tail.readUInt16LE(at + 20) <= tail.length) {
        end = at;
        break;
      }
    }
    if (end < 0) return null;
    let entries = tail.readUInt16LE(end + 10);
    let directorySize = tail.readUInt32LE(end + 12);
    let directoryOffset = tail.readUInt32LE(end + 16);
    if (entries === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
      const locatorAt = size - tailLength + end - 20;
      const locator = await read(locatorAt, 20);
      if (!locator || locator.readUInt32LE(0) !== ZIP64_LOCATOR) return null;
      const zip64 = await read(Number(locator.readBigUInt64LE(8)), 56);
      if (!zip64 || zip64.readUInt32LE(0) !== ZIP64_END) return null;
      entries = Number(zip64.readBigUInt64LE(32));
      directorySize = Number(zip64.readBigUInt64LE(40));
      directoryOffset = Number(zip64.readBigUInt64LE(48));
    }
    if (directorySize > MAX_DIRECTORY_BYTES) return null;
    const directory = await read(directoryOffset, directorySize);
    if (!directory) return null;

    // Every entry the directory holds, whatever count the end record claims (a smaller count
    // must not hide an entry).
    const names: string[] = [];
    let at = 0;
    while (at < directory.length) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_ENTRY) return null;
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      if (at + 46 + nameLength > directory.length) return null;
      names.push(directory.toString('utf8', at + 46, at + 46 + nameLength));
      at += 46 + nameLength + extraLength + commentLength;
    }
    if (names.length < entries) return null;
    return names;
  } finally {
    await handle.close();
  }
}
