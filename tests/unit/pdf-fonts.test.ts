/**
 * The PDF export's fonts (lib/export/pdf-fonts.ts, ADR 027): found from the package whatever the
 * working directory, parsed once per process, words shaped once — and a document drawn with them
 * is byte for byte the document pdfkit makes when it opens the font files itself.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { pdfFont, pdfFontFile, type PdfFontName } from '@/lib/export/pdf-fonts';
import { PdfWriter } from '@/lib/export/pdf-writer';

const CREATED = new Date('2026-12-03T12:00:00Z');
const TEXT =
  '„Anwerbung und Integration“ – Fachkräfte aus Vietnam erhalten regelmäßig Sprachkurs, Unterkunft und Begleitung zur Ausländerbehörde. ' +
  'Die Kümmerer organisieren Wohnungssuche, Konto, Krankenversicherung und Anerkennung des Berufsabschlusses (Straße, Größe, Öffnungszeiten).';

/** The same drawing calls on `doc`, with fonts named „regular“ and „bold“ registered by the caller. */
function draw(doc: PDFKit.PDFDocument, text: string) {
  doc.font('bold').fontSize(15).text('Phase I: Ansprache und Information');
  doc.font('regular').fontSize(10);
  for (let i = 0; i < 12; i += 1) doc.text(`${i + 1}. ${text}`, { paragraphGap: 3 });
  doc.font('bold').text('Nachweise: ', { continued: true }).font('regular').text('Kooperationsvertrag – vertrag-übersicht.pdf (Version 2, 14 KB)');
}

function pdf(fonts: 'files' | 'shared', text: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', font: '', info: { CreationDate: CREATED } });
  for (const name of ['regular', 'bold'] as const) {
    doc.registerFont(name, fonts === 'files' ? pdfFontFile(name) : (pdfFont(name) as unknown as PDFKit.Mixins.PDFFontSource));
  }
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc, text);
  doc.end();
  return ended;
}

describe('the PDF fonts', () => {
  it('are found through the package, not the working directory', () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'portal-cwd-'));
    const cwd = process.cwd();
    try {
      process.chdir(elsewhere);
      for (const [name, file] of [['regular', 'DejaVuSans.ttf'], ['bold', 'DejaVuSans-Bold.ttf']] as [PdfFontName, string][]) {
        const resolved = pdfFontFile(name);
        expect(path.isAbsolute(resolved)).toBe(true);
        expect(path.basename(resolved)).toBe(file);
        expect(existsSync(resolved)).toBe(true);
      }
    } finally {
      process.chdir(cwd);
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('are parsed once per process', () => {
    expect(pdfFont('regular')).toBe(pdfFont('regular'));
    expect(pdfFont('bold')).not.toBe(pdfFont('regular'));
  });

  it('shape a word as a freshly opened font does, handing out positions of its own to every caller', () => {
    const fresh = fontkit.create(readFileSync(pdfFontFile('regular')));
    const shared = pdfFont('regular');
    const expected = fresh.layout('Größe ');
    const first = shared.layout('Größe ');
    first.positions[0]!.xAdvance *= 1000; // what pdfkit does to a run: scale it in place
    const second = shared.layout('Größe ');
    const third = shared.layout('Größe ');
    for (const run of [first, second, third]) expect(run.glyphs.map((glyph) => glyph.id)).toEqual(expected.glyphs.map((glyph) => glyph.id));
    expect(second.positions).toEqual(expected.positions);
    expect(second.positions[0]).not.toBe(first.positions[0]);
    expect(third.positions[0]).not.toBe(second.positions[0]);
    expect(second.advanceWidth).toBe(expected.advanceWidth);
  });

  it('give the same bytes as pdfkit opening the font files for every document, before and after other documents', async () => {
    const own = await pdf('files', TEXT);
    const sharedCold = await pdf('shared', TEXT);
    await pdf('shared', 'Willkommenskultur, Mentoring und Familiennachzug: ganz andere Wörter — Qualitätssicherung ¼ ½ € ©.');
    const sharedWarm = await pdf('shared', TEXT);
    expect(sharedCold.equals(own)).toBe(true);
    expect(sharedWarm.equals(own)).toBe(true);
  });

  it('leave a finished document to be read in one piece, not one chunk per written line', async () => {
    const writer = new PdfWriter({ title: 'Probe', lang: 'de', createdAt: CREATED });
    for (let i = 0; i < 40; i += 1) writer.text(TEXT);
    writer.finish({ title: 'Probe', frame: 'Fassung 1', footer: (page, pages) => `Seite ${page} von ${pages}` });
    const reader = writer.body().getReader();
    const pieces: Uint8Array[] = [];
    for (let next = await reader.read(); !next.done; next = await reader.read()) pieces.push(next.value);
    expect(pieces.length).toBeLessThanOrEqual(2);
    expect(Buffer.from(pieces[0]!).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(Buffer.concat(pieces).subarray(-6).toString('latin1')).toBe('%%EOF\n');
  });
});
