import { describe, expect, it } from 'vitest';
import { detectFileType } from '@/lib/evidence/detect-file-type';
import { checkEvidenceFile } from '@/lib/evidence/check-evidence-file';
import { contentDisposition } from '@/lib/evidence/content-disposition';
import { findPdfActiveContent } from '@/lib/evidence/find-pdf-active-content';
import { readZipEntryNames } from '@/lib/evidence/read-zip-entry-names';
import { sanitizeFileName } from '@/lib/evidence/sanitize-file-name';
import { DomainError } from '@/lib/errors';
import {
  buildPdf,
  compoundFile,
  docxWithMacros,
  elfExecutable,
  htmlPage,
  minimalDocx,
  minimalOdt,
  minimalPdf,
  minimalPng,
  odtWithBasicMacro,
  pdfStream,
  pdfWithBinaryImage,
  pdfWithJavaScriptInObjectStream,
  pdfWithOpenAction,
  temporaryFile,
  zip,
} from '@/tests/support/evidence-files';

const typeOf = async (bytes: Uint8Array) => (await detectFileType({ path: temporaryFile(bytes) })).type;
const check = (bytes: Uint8Array) => checkEvidenceFile({ path: temporaryFile(bytes), size: bytes.length });
const refusedWith = (code: string) => (error: unknown) => error instanceof DomainError && error.code === code && error.fieldErrors.file?.[0] === code;

describe('detectFileType (by the bytes)', () => {
  it('recognises the allowed types', async () => {
    expect((await typeOf(minimalPdf()))?.mediaType).toBe('application/pdf');
    expect((await typeOf(minimalPng()))?.mediaType).toBe('image/png');
    expect((await typeOf(minimalDocx()))?.extension).toBe('docx');
    expect((await typeOf(minimalOdt()))?.extension).toBe('odt');
    expect((await typeOf(compoundFile('WordDocument')))?.mediaType).toBe('application/msword');
    expect((await typeOf(compoundFile('Workbook')))?.extension).toBe('xls');
    expect((await typeOf(compoundFile('PowerPoint Document')))?.extension).toBe('ppt');
  });

  it('refuses everything else', async () => {
    expect(await typeOf(htmlPage())).toBeNull();
    expect(await typeOf(elfExecutable())).toBeNull();
    expect(await typeOf(new Uint8Array())).toBeNull();
    expect(await typeOf(new TextEncoder().encode('nur Text'))).toBeNull();
    // A compound file that is no Office document (an MSI installer has other streams).
    expect(await typeOf(compoundFile('\u0005SummaryInformation'))).toBeNull();
    // A plain zip archive.
    expect(await typeOf(zip([['a.txt', 'hallo']]))).toBeNull();
  });
});

describe('office documents with macros are refused with their own message', () => {
  it('refuses a .docm and a .docx that carries a VBA project under the plain content type', async () => {
    await expect(check(docxWithMacros())).rejects.toSatisfy(refusedWith('officeMacros'));
    await expect(check(docxWithMacros({ renamed: true }))).rejects.toSatisfy(refusedWith('officeMacros'));
    await expect(check(minimalDocx())).resolves.toMatchObject({ extension: 'docx' });
  });

  it('refuses legacy Word and Excel files with a VBA storage, and ODF documents with Basic modules', async () => {
    await expect(check(compoundFile('WordDocument', { storage: 'Macros' }))).rejects.toSatisfy(refusedWith('officeMacros'));
    await expect(check(compoundFile('Workbook', { storage: '_VBA_PROJECT_CUR' }))).rejects.toSatisfy(refusedWith('officeMacros'));
    await expect(check(compoundFile('WordDocument', '\u0005SummaryInformation'))).resolves.toMatchObject({ extension: 'doc' });
    await expect(check(odtWithBasicMacro())).rejects.toSatisfy(refusedWith('officeMacros'));
    // The library lists alone (LibreOffice writes them into many documents) are no macros.
    await expect(check(minimalOdt([['Basic/script-lc.xml', '<library:libraries/>']]))).resolves.toMatchObject({ extension: 'odt' });
  });

  it('reads every entry of a zip directory, also past a smaller count in the end record', async () => {
    const bytes = Buffer.from(docxWithMacros({ renamed: true }));
    expect(await readZipEntryNames({ path: temporaryFile(bytes) })).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/vbaProject.bin']);
    // The end record claims three entries: the fourth still counts.
    const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bytes.writeUInt16LE(3, end + 8);
    bytes.writeUInt16LE(3, end + 10);
    await expect(check(bytes)).rejects.toSatisfy(refusedWith('officeMacros'));
    expect(await readZipEntryNames({ path: temporaryFile(minimalPdf()) })).toBeNull();
  });
});

describe('PDFs with JavaScript or launch actions are refused with their own message', () => {
  const javaScript = '<< /S /JavaScript /JS (app.alert\\(1\\)) >>';

  it('finds an OpenAction with JavaScript, a launch action and the names in #xx form', () => {
    expect(findPdfActiveContent(pdfWithOpenAction(javaScript))).toEqual({ actions: ['JS', 'JavaScript'], uncheckable: false });
    expect(findPdfActiveContent(pdfWithOpenAction('<< /S /Launch /F (cmd.exe) >>')).actions).toEqual(['Launch']);
    expect(findPdfActiveContent(pdfWithOpenAction('<</S/J#61vaScript/J#53(x)>>')).actions).toEqual(['JS', 'JavaScript']);
    expect(findPdfActiveContent(pdfWithOpenAction('<< /S /#4C#61unch /F (x) >>')).actions).toEqual(['Launch']);
    // In a document-level name tree, too.
    expect(findPdfActiveContent(buildPdf(['<< /Type /Catalog /Names << /JavaScript 2 0 R >> >>', '<< /Names [(a) 3 0 R] >>', javaScript])).actions).toContain('JavaScript');
  });

  it('finds JavaScript inside a compressed object stream', () => {
    expect(findPdfActiveContent(pdfWithJavaScriptInObjectStream())).toEqual({ actions: ['JS', 'JavaScript'], uncheckable: false });
    // An object stream in an encoding the check cannot read is refused as uncheckable.
    expect(findPdfActiveContent(pdfWithJavaScriptInObjectStream({ filter: '/ASCIIHexDecode' }))).toEqual({ actions: [], uncheckable: true });
  });

  it('finds names hidden in stream data that holds objects, and ignores what only looks like a name', () => {
    // A fake stream whose data is an object a reader reaches through the cross-reference table.
    const hidden = buildPdf(['<< /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >>', pdfStream('', `\n3 0 obj ${javaScript} endobj\n`)]);
    expect(findPdfActiveContent(hidden).actions).toEqual(['JS', 'JavaScript']);
    // Binary image data that happens to contain "/JS " is data, not a name; nor are longer names.
    expect(findPdfActiveContent(pdfWithBinaryImage())).toEqual({ actions: [], uncheckable: false });
    expect(findPdfActiveContent(pdfWithOpenAction('<< /S /GoTo /D [3 0 R /Fit] /JSON /Launcher >>')).actions).toEqual([]);
  });

  it('answers checkEvidenceFile with pdfActiveContent and pdfUncheckable; a plain PDF passes', async () => {
    await expect(check(pdfWithOpenAction(javaScript))).rejects.toSatisfy(refusedWith('pdfActiveContent'));
    await expect(check(pdfWithJavaScriptInObjectStream())).rejects.toSatisfy(refusedWith('pdfActiveContent'));
    await expect(check(pdfWithJavaScriptInObjectStream({ filter: '/ASCIIHexDecode' }))).rejects.toSatisfy(refusedWith('pdfUncheckable'));
    await expect(check(minimalPdf())).resolves.toMatchObject({ extension: 'pdf' });
    await expect(check(pdfWithBinaryImage())).resolves.toMatchObject({ extension: 'pdf' });
  });
});

describe('file names', () => {
  it('keeps only a safe display name', () => {
    expect(sanitizeFileName('C:\\Users\\anna\\Absichtserklärung.pdf')).toBe('Absichtserklärung.pdf');
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('rechnung\u202Efdp.exe')).toBe('rechnungfdp.exe');
    expect(sanitizeFileName('  ')).toBe('nachweis');
    expect(sanitizeFileName(`${'a'.repeat(300)}.pdf`)).toMatch(/^a{176}\.pdf$/);
  });

  it('offers downloads as attachments with an RFC 5987 name', () => {
    expect(contentDisposition('Absichtserklärung "neu".pdf')).toBe(
      `attachment; filename="Absichtserklarung _neu_.pdf"; filename*=UTF-8''Absichtserkl%C3%A4rung%20%22neu%22.pdf`,
    );
  });
});
