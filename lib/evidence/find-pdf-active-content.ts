import { inflateSync } from 'node:zlib';

/** The names of the actions the portal refuses in a PDF (ADR 025). */
const ACTIVE_NAMES = new Set(['JavaScript', 'JS', 'Launch']);
/** Stream filters by their full and abbreviated names (ISO 32000-1, 7.4 and 8.9.7). */
const FILTERS = new Set([
  'ASCIIHexDecode', 'AHx', 'ASCII85Decode', 'A85', 'LZWDecode', 'LZW', 'FlateDecode', 'Fl', 'RunLengthDecode', 'RL',
  'CCITTFaxDecode', 'CCF', 'JBIG2Decode', 'DCTDecode', 'DCT', 'JPXDecode', 'Crypt',
]);
/** Decompressed object streams of one file, together, at most (a zip bomb is refused as uncheckable). */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;
const MAX_DEPTH = 3;

const isWhitespace = (byte: number) => byte === 0x00 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d || byte === 0x20;
// ( ) < > [ ] { } / %
const isDelimiter = (byte: number) =>
  byte === 0x28 || byte === 0x29 || byte === 0x3c || byte === 0x3e || byte === 0x5b || byte === 0x5d || byte === 0x7b || byte === 0x7d || byte === 0x2f || byte === 0x25;
const isRegular = (byte: number) => !isWhitespace(byte) && !isDelimiter(byte);
const hexValue = (byte: number) => (byte >= 0x30 && byte <= 0x39 ? byte - 0x30 : byte >= 0x41 && byte <= 0x46 ? byte - 0x37 : byte >= 0x61 && byte <= 0x66 ? byte - 0x57 : -1);

/** The name that starts after a `/` at `start`, with `#xx` escapes decoded (`/J#61vaScript` is `/JavaScript`), and where it ends. */
function readName(bytes: Uint8Array, start: number, limit: number): { name: string; end: number } {
  let name = '';
  let at = start;
  while (at < limit && isRegular(bytes[at]!)) {
    const byte = bytes[at]!;
    if (byte === 0x23 && at + 2 < limit) {
      const high = hexValue(bytes[at + 1]!);
      const low = hexValue(bytes[at + 2]!);
      if (high >= 0 && low >= 0) {
        name += String.fromCharCode(high * 16 + low);
        at += 3;
        continue;
      }
    }
    name += String.fromCharCode(byte);
    at++;
  }
  return { name, end: at };
}

/** Whether `bytes[from, to)` holds `word` as a token of its own (not part of a longer word). */
function containsWord(bytes: Buffer, word: string, from: number, to: number): boolean {
  for (let at = bytes.indexOf(word, from, 'latin1'); at >= 0 && at + word.length <= to; at = bytes.indexOf(word, at + 1, 'latin1')) {
    const before = at > from ? bytes[at - 1]! : 0x20;
    const after = at + word.length < to ? bytes[at + word.length]! : 0x20;
    if (!isRegular(before) && !isRegular(after)) return true;
  }
  return false;
}

type Findings = { actions: Set<string>; uncheckable: boolean; inflated: number };

function scan(bytes: Buffer, depth: number, findings: Findings): void {
  const length = bytes.length;
  const skipped: Array<[start: number, end: number]> = [];
  // Pass 1: the lexer finds the streams' data (skipping comments and string literals, in which
  // `stream` is no keyword) and, for each, the names of its object's dictionary.
  let names: string[] = [];
  let at = 0;
  while (at < length) {
    const byte = bytes[at]!;
    if (byte === 0x25) {
      while (at < length && bytes[at] !== 0x0a && bytes[at] !== 0x0d) at++;
    } else if (byte === 0x28) {
      let depthOfString = 1;
      at++;
      while (at < length && depthOfString > 0) {
        const char = bytes[at]!;
        if (char === 0x5c) at++;
        else if (char === 0x28) depthOfString++;
        else if (char === 0x29) depthOfString--;
        at++;
      }
    } else if (byte === 0x2f) {
      const { name, end } = readName(bytes, at + 1, length);
      names.push(name);
      at = end;
    } else if (isRegular(byte)) {
      let end = at;
      while (end < length && isRegular(bytes[end]!)) end++;
      const word = bytes.toString('latin1', at, end);
      at = end;
      if (word === 'obj') names = [];
      if (word !== 'stream') continue;
      let start = end;
      if (bytes[start] === 0x0d) start++;
      if (bytes[start] === 0x0a) start++;
      const endOfData = bytes.indexOf('endstream', start, 'latin1');
      if (endOfData < 0) break;
      // Data that holds objects (`1 0 obj`) or a trailer is read like the rest of the file: a
      // reader following the cross-reference table could parse them as objects after all.
      if (containsWord(bytes, 'obj', start, endOfData) || containsWord(bytes, 'trailer', start, endOfData)) {
        at = start;
        continue;
      }
      at = endOfData + 'endstream'.length;
      skipped.push([start, endOfData]);
      if (names.includes('ObjStm')) inspectObjectStream(bytes.subarray(start, endOfData), names, depth, findings);
    } else {
      at++;
    }
  }
  // Pass 2: every name outside the skipped stream data — in dictionaries, arrays, comments and
  // strings alike (a false alarm there is rare; a missed action is worse).
  let from = 0;
  for (const [start, end] of [...skipped, [length, length] as [number, number]]) {
    for (let index = from; index < start; index++) {
      if (bytes[index] !== 0x2f) continue;
      const { name, end: nameEnd } = readName(bytes, index + 1, start);
      if (ACTIVE_NAMES.has(name)) findings.actions.add(name);
      index = nameEnd - 1;
    }
    from = end;
  }
}

/** An object stream (PDF 1.5) holds objects compressed: decompressed (FlateDecode) and scanned; any other encoding cannot be checked. */
function inspectObjectStream(data: Buffer, names: string[], depth: number, findings: Findings): void {
  const filters = names.filter((name) => FILTERS.has(name));
  const decodable = filters.length === 1 && (filters[0] === 'FlateDecode' || filters[0] === 'Fl') && !names.includes('DecodeParms') && !names.includes('DP');
  if (filters.length === 0) return scan(data, depth + 1, findings);
  if (!decodable || depth >= MAX_DEPTH) {
    findings.uncheckable = true;
    return;
  }
  let start = 0;
  while (start < data.length && isWhitespace(data[start]!)) start++;
  try {
    const inflated = inflateSync(data.subarray(start), { maxOutputLength: MAX_INFLATED_BYTES - findings.inflated });
    findings.inflated += inflated.length;
    scan(inflated, depth + 1, findings);
  } catch {
    findings.uncheckable = true;
  }
}

/**
 * Finds JavaScript and launch actions in a PDF by its syntax, without rendering it: every name
 * token `/JavaScript`, `/JS` or `/Launch` (also written with `#xx` escapes, `/J#61vaScript`) —
 * in the file's objects, comments and strings, and inside object streams compressed with
 * FlateDecode (decompressed, at most 64 MB in all). The data of other streams (images, page
 * contents, fonts) is skipped unless it holds `obj` or `trailer` tokens. `uncheckable`: an object
 * stream in another encoding, with a predictor, encrypted, or too large once decompressed.
 * Not found (ADR 025): scripts in XFA forms, in embedded files and attachments, and actions of
 * other kinds (`/SubmitForm`, `/URI`, `/GoToR`).
 */
export function findPdfActiveContent(bytes: Uint8Array): { actions: string[]; uncheckable: boolean } {
  const findings: Findings = { actions: new Set(), uncheckable: false, inflated: 0 };
  scan(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 0, findings);
  return { actions: [...findings.actions].sort(), uncheckable: findings.uncheckable };
}
