/**
 * Small real files for the evidence tests, built here byte by byte: a valid PDF, PNG, DOCX,
 * ODT, legacy Word document (compound file), and things that must be refused — office
 * documents with macros, PDFs with JavaScript or launch actions, the EICAR test string.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

/**
 * A PDF of the given objects (numbered from 1; object 1 is the catalog), with a correct
 * cross-reference table. Objects may be binary (a Buffer), e.g. compressed streams.
 */
export function buildPdf(objects: Array<string | Buffer>): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), typeof object === 'string' ? Buffer.from(object, 'latin1') : object, Buffer.from('\nendobj\n')]);
    parts.push(part);
    length += part.length;
  });
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  tail += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(tail, 'latin1')]);
}

/** A stream object: its dictionary entries, then the data (Length is added). */
export function pdfStream(dictionary: string, data: Buffer | string): Buffer {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  return Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${bytes.length} >>\nstream\n`, 'latin1'), bytes, Buffer.from('\nendstream', 'latin1')]);
}

const PAGES = ['<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>'];

export function minimalPdf(text = 'Nachweis'): Uint8Array {
  return buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', ...PAGES, pdfStream('', `BT /F1 12 Tf 20 100 Td (${text}) Tj ET`)]);
}

/** A PDF whose catalog runs `action` when opened (`/OpenAction`), e.g. `<< /S /JavaScript /JS (app.alert(1)) >>`. */
export function pdfWithOpenAction(action: string): Uint8Array {
  return buildPdf([`<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>`, ...PAGES, pdfStream('', 'BT ET'), action]);
}

/** A PDF 1.5 whose JavaScript action sits in a FlateDecode-compressed object stream (invisible in the raw bytes). */
export function pdfWithJavaScriptInObjectStream({ filter = '/FlateDecode' }: { filter?: string } = {}): Uint8Array {
  const inner = '<< /S /JavaScript /JS (app.alert\\(1\\)) >>';
  const header = '6 0 ';
  const content = Buffer.from(header + inner, 'latin1');
  const data = filter === '/FlateDecode' ? deflateSync(content) : Buffer.from(content.toString('hex') + '>', 'latin1');
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>',
    ...PAGES,
    pdfStream('', 'BT ET'),
    pdfStream(`/Type /ObjStm /N 1 /First ${header.length} /Filter ${filter}`, data),
  ]);
}

/** A PDF with an image whose (binary) data happens to contain `/JS ` and `/Launch ` — data, not names. */
export function pdfWithBinaryImage(): Uint8Array {
  const data = Buffer.concat([Buffer.from([0xff, 0xd8, 0x00]), Buffer.from('/JS /Launch (', 'latin1'), Buffer.alloc(64, 0x81)]);
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>',
    pdfStream('', 'q 100 0 0 100 0 0 cm /Im1 Do Q'),
    pdfStream('/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode', data),
  ]);
}

/**
 * The EICAR anti-virus test string (not a virus: every scanner reports it, for tests), put
 * together here so that the source file itself does not trip a scanner.
 */
export const EICAR = ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE', '!$H+H*'].join('');

/** A valid PDF that carries the EICAR string in a comment: of an allowed type, found by a virus scanner. */
export function pdfWithEicar(): Uint8Array {
  const pdf = Buffer.from(minimalPdf('Test'));
  return Buffer.concat([pdf, Buffer.from(`%${EICAR}\n`, 'latin1')]);
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A 1×1 pixel PNG. */
export function minimalPng(): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.from([0, 0x20, 0x60, 0xa0]))),
    pngChunk('IEND', new Uint8Array()),
  ]);
}

/** A zip archive with stored (uncompressed) entries, in the given order. */
export function zip(entries: Array<[name: string, content: string]>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(content, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralDirectory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDirectory, end]);
}

const DOCX_RELATIONSHIPS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOCX_DOCUMENT =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Nachweis</w:t></w:r></w:p></w:body></w:document>';
const contentTypes = (main: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/word/document.xml" ContentType="${main}"/></Types>`;

export function minimalDocx(): Uint8Array {
  return zip([
    ['[Content_Types].xml', contentTypes('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')],
    ['_rels/.rels', DOCX_RELATIONSHIPS],
    ['word/document.xml', DOCX_DOCUMENT],
  ]);
}

/**
 * A Word document with a VBA project (`word/vbaProject.bin`): as a .docm (macro-enabled
 * content type), or — `renamed` — declared as a plain .docx that still carries the project.
 */
export function docxWithMacros({ renamed = false }: { renamed?: boolean } = {}): Uint8Array {
  return zip([
    [
      '[Content_Types].xml',
      contentTypes(renamed ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml' : 'application/vnd.ms-word.document.macroEnabled.main+xml'),
    ],
    ['_rels/.rels', DOCX_RELATIONSHIPS],
    ['word/document.xml', DOCX_DOCUMENT],
    ['word/vbaProject.bin', 'Attribute VB_Name = "ThisDocument"\nSub AutoOpen()\nEnd Sub'],
  ]);
}

export function minimalOdt(extra: Array<[name: string, content: string]> = []): Uint8Array {
  return zip([
    ['mimetype', 'application/vnd.oasis.opendocument.text'],
    ['content.xml', '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'],
    ...extra,
  ]);
}

/** An ODF text document with a Basic macro module (what LibreOffice stores under Basic/). */
export function odtWithBasicMacro(): Uint8Array {
  return minimalOdt([
    ['Basic/script-lc.xml', '<library:libraries/>'],
    ['Basic/Standard/script-lb.xml', '<library:library library:name="Standard"/>'],
    ['Basic/Standard/Module1.xml', '<script:module script:name="Module1">Sub Main\nEnd Sub</script:module>'],
  ]);
}

/**
 * A compound file (the container of DOC/XLS/PPT and of MSI installers) with up to three
 * top-level entries, streams by default (`WordDocument` makes it a Word document; anything else
 * must be refused) or storages (`{ storage: 'Macros' }`: where Word keeps a VBA project).
 */
export function compoundFile(...children: Array<string | { storage: string }>): Uint8Array {
  if (children.length < 1 || children.length > 3) throw new Error('1 to 3 entries');
  const file = Buffer.alloc(512 * 3, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x3e, 0x18); // minor version
  file.writeUInt16LE(3, 0x1a); // major version 3: 512-byte sectors
  file.writeUInt16LE(0xfffe, 0x1c); // byte order
  file.writeUInt16LE(9, 0x1e); // sector shift
  file.writeUInt16LE(6, 0x20); // mini sector shift
  file.writeUInt32LE(1, 0x2c); // one FAT sector
  file.writeUInt32LE(1, 0x30); // directory starts in sector 1
  file.writeUInt32LE(4096, 0x38); // mini stream cutoff
  file.writeUInt32LE(0xfffffffe, 0x3c); // no mini FAT
  file.writeUInt32LE(0xfffffffe, 0x44); // no DIFAT sectors
  for (let index = 0; index < 109; index++) file.writeUInt32LE(index === 0 ? 0 : 0xffffffff, 0x4c + index * 4);
  // Sector 0: the FAT.
  const fat = 512;
  for (let index = 0; index < 128; index++) file.writeUInt32LE(0xffffffff, fat + index * 4);
  file.writeUInt32LE(0xfffffffd, fat); // sector 0 is a FAT sector
  file.writeUInt32LE(0xfffffffe, fat + 4); // sector 1 (directory) ends its chain
  // Sector 1: the directory — the root entry and its children, chained through right siblings.
  const directory = 1024;
  const entry = (index: number, name: string, type: number, child: number, right: number) => {
    const at = directory + index * 128;
    const nameBytes = Buffer.from(`${name}\0`, 'utf16le');
    nameBytes.copy(file, at);
    file.writeUInt16LE(nameBytes.length, at + 64);
    file[at + 66] = type;
    file.writeUInt32LE(0xffffffff, at + 68);
    file.writeUInt32LE(right, at + 72);
    file.writeUInt32LE(child, at + 76);
    file.writeUInt32LE(0xfffffffe, at + 116);
  };
  entry(0, 'Root Entry', 5, 1, 0xffffffff);
  children.forEach((child, index) => {
    const right = index + 1 < children.length ? index + 2 : 0xffffffff;
    if (typeof child === 'string') entry(index + 1, child, 2, 0xffffffff, right);
    else entry(index + 1, child.storage, 1, 0xffffffff, right);
  });
  for (let index = children.length + 1; index < 4; index++) {
    file.writeUInt32LE(0xffffffff, directory + index * 128 + 68);
    file.writeUInt32LE(0xffffffff, directory + index * 128 + 72);
    file.writeUInt32LE(0xffffffff, directory + index * 128 + 76);
  }
  return file;
}

/** The start of a Linux executable. */
export function elfExecutable(): Uint8Array {
  const file = Buffer.alloc(256, 0);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(file, 0);
  return file;
}

export function htmlPage(): Uint8Array {
  return new TextEncoder().encode('<!doctype html><html><body><script>alert(1)</script></body></html>');
}

/** A PDF padded to exactly `size` bytes (a comment line after %%EOF). */
export function pdfOfSize(size: number): Uint8Array {
  const pdf = minimalPdf();
  const file = new Uint8Array(size);
  file.set(pdf);
  file.fill(0x20, pdf.length);
  file[size - 1] = 0x0a;
  return file;
}

/** Writes `bytes` to a new temporary file (the checks read staged files from disk) and returns its path. */
export function temporaryFile(bytes: Uint8Array): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'portal-evidence-file-'));
  const file = path.join(directory, 'upload');
  writeFileSync(file, bytes);
  return file;
}

/** The keys of every object stored in a local storage directory (its staging directory `.incoming/` left out). */
export function storedObjects(storageDir: string): string[] {
  return readdirSync(storageDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && path.relative(storageDir, entry.parentPath) !== '.incoming')
    .map((entry) => entry.name)
    .sort();
}
