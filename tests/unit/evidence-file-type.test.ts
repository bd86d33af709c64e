import { describe, expect, it } from 'vitest';
import { detectFileType } from '@/lib/evidence/detect-file-type';
import { contentDisposition } from '@/lib/evidence/content-disposition';
import { sanitizeFileName } from '@/lib/evidence/sanitize-file-name';
import { compoundFile, elfExecutable, htmlPage, minimalDocx, minimalOdt, minimalPdf, minimalPng, zip } from '@/tests/support/evidence-files';

describe('detectFileType (by the bytes)', () => {
  it('recognises the allowed types', async () => {
    expect((await detectFileType({ bytes: minimalPdf() }))?.mediaType).toBe('application/pdf');
    expect((await detectFileType({ bytes: minimalPng() }))?.mediaType).toBe('image/png');
    expect((await detectFileType({ bytes: minimalDocx() }))?.extension).toBe('docx');
    expect((await detectFileType({ bytes: minimalOdt() }))?.extension).toBe('odt');
    expect((await detectFileType({ bytes: compoundFile('WordDocument') }))?.mediaType).toBe('application/msword');
    expect((await detectFileType({ bytes: compoundFile('Workbook') }))?.extension).toBe('xls');
    expect((await detectFileType({ bytes: compoundFile('PowerPoint Document') }))?.extension).toBe('ppt');
  });

  it('refuses everything else', async () => {
    expect(await detectFileType({ bytes: htmlPage() })).toBeNull();
    expect(await detectFileType({ bytes: elfExecutable() })).toBeNull();
    expect(await detectFileType({ bytes: new Uint8Array() })).toBeNull();
    expect(await detectFileType({ bytes: new TextEncoder().encode('nur Text') })).toBeNull();
    // A compound file that is no Office document (an MSI installer has other streams).
    expect(await detectFileType({ bytes: compoundFile('\u0005SummaryInformation') })).toBeNull();
    // A plain zip archive.
    expect(await detectFileType({ bytes: zip([['a.txt', 'hallo']]) })).toBeNull();
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
