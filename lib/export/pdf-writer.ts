import type { Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { pdfFont } from '@/lib/export/pdf-fonts';

/**
 * A small layer over pdfkit for the portal's documents (ADR 027): A4, the DejaVu Sans fonts
 * shipped by the npm package `dejavu-fonts-ttf` (parsed once per process, lib/export/pdf-fonts.ts;
 * embedded as subsets, every German glyph; no web font, nothing fetched), a tagged PDF (document
 * language, title shown in the viewer, a structure tree of headings, paragraphs and lists; running
 * heads and page numbers marked as pagination artifacts), bookmarks per heading, and a table of
 * contents whose page numbers are filled in once every page is laid out (pages are buffered for
 * that, then written out).
 */
const REGULAR = 'DejaVuSans';
const BOLD = 'DejaVuSans-Bold';

const MARGIN = { top: 72, bottom: 60, left: 56, right: 56 };
const BULLET_INDENT = 12;
export const COLOURS = { heading: '#12355b', text: '#1a1a1a', muted: '#555555', rule: '#b8c4d6', box: '#eef2f7' };

type Struct = PDFKit.PDFStructureElement;
type TocEntry = { destination: string; page: number; y: number; item: Struct };

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly root: Struct;
  private readonly sections: Struct[] = [];
  private readonly toc: TocEntry[] = [];
  private readonly destinationPages = new Map<string, number>();
  private tocList: Struct | null = null;
  private destinations = 0;

  constructor({ title, lang, author, createdAt }: { title: string; lang: string; author?: string; createdAt: Date }) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      pdfVersion: '1.7',
      tagged: true,
      lang,
      displayTitle: true,
      // No default font (ours are registered below): pdfkit would load Helvetica's metrics for
      // nothing, and it sets this font again on every automatic page break — a bold label running
      // over a page break came out regular.
      font: '',
      info: { Title: title, Author: author ?? 'Standards-Portal', Creator: 'Standards-Portal', Producer: 'Standards-Portal (pdfkit)', CreationDate: createdAt },
    });
    // The process's parsed fonts; pdfkit takes a fontkit font where its types say file or bytes.
    this.doc.registerFont(REGULAR, pdfFont('regular') as unknown as PDFKit.Mixins.PDFFontSource);
    this.doc.registerFont(BOLD, pdfFont('bold') as unknown as PDFKit.Mixins.PDFFontSource);
    this.doc.font(REGULAR);
    this.doc.fillColor(COLOURS.text);
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
  }

  private get parent(): Struct {
    return this.sections.at(-1) ?? this.root;
  }

  /** Space left on the page above the bottom margin. */
  private spaceLeft(): number {
    return this.doc.page.height - this.doc.page.margins.bottom - this.doc.y;
  }

  /** A new page unless `height` points still fit (keeps a heading with what follows it). */
  keepSpace(height: number): void {
    if (this.spaceLeft() < height) this.doc.addPage();
  }

  /** Opens a section (`Sect`) that headings and paragraphs go into until `endSection`. */
  startSection(): void {
    const section = this.doc.struct('Sect');
    this.parent.add(section);
    this.sections.push(section);
  }

  endSection(): void {
    this.sections.pop()?.end();
  }

  /**
   * A heading (H1–H4) with a bookmark (H2–H4: each nests under the last one a level above) and,
   * for `destination`, a named destination the table of contents links to.
   */
  heading(level: 1 | 2 | 3 | 4, text: string, { destination, bookmark = level > 1, lang }: { destination?: string; bookmark?: boolean; lang?: string } = {}): void {
    const size = [20, 15, 12.5, 11][level - 1]!;
    this.keepSpace(size * 5);
    if (level > 1) this.doc.moveDown(level === 2 ? 0.8 : 0.5);
    if (destination) {
      this.doc.addNamedDestination(destination, 'XYZ', null, this.doc.page.height - this.doc.y + 4, null);
      this.destinationPages.set(destination, this.currentPage());
    }
    if (bookmark) this.bookmark(level - 1, text);
    this.doc.font(BOLD).fontSize(size).fillColor(COLOURS.heading);
    this.text(text, { structType: `H${level}`, lang, paragraphGap: 4 });
    this.doc.font(REGULAR).fontSize(10).fillColor(COLOURS.text);
  }

  private readonly outlineStack: PDFKit.PDFOutline[] = [];
  private bookmark(level: number, text: string): void {
    const parent = level === 1 ? this.doc.outline : (this.outlineStack[level - 2] ?? this.doc.outline);
    this.outlineStack[level - 1] = parent.addItem(text);
    this.outlineStack.length = level;
  }

  /** A paragraph in the current section. */
  text(text: string, { structType = 'P', lang, ...options }: PDFKit.Mixins.TextOptions & { structType?: string; lang?: string } = {}): void {
    const element = this.doc.struct(structType, lang ? { lang } : {});
    this.parent.add(element);
    element.add(() => this.doc.text(text, { paragraphGap: 3, ...options }));
    element.end();
  }

  /** A bold label on a line of its own, kept on one page with the start of what follows. */
  label(text: string, colour: string = COLOURS.text): void {
    this.keepSpace(40);
    this.doc.font(BOLD).fillColor(colour);
    this.text(text);
    this.doc.font(REGULAR).fillColor(COLOURS.text);
  }

  /** A label in bold and its value on the same line(s), as one paragraph. */
  labelled(label: string, value: string, options: { lang?: string } = {}): void {
    const element = this.doc.struct('P', options.lang ? { lang: options.lang } : {});
    this.parent.add(element);
    element.add(() => {
      this.doc.font(BOLD).text(`${label}: `, { continued: true });
      this.doc.font(REGULAR).text(value, { paragraphGap: 3 });
    });
    element.end();
  }

  /** A bulleted list (`L` › `LI` › `LBody`). */
  list(items: string[], { lang, fontSize = 10 }: { lang?: string; fontSize?: number } = {}): void {
    if (items.length === 0) return;
    const list = this.doc.struct('L', lang ? { lang } : {});
    this.parent.add(list);
    this.doc.fontSize(fontSize);
    for (const item of items) {
      const entry = this.doc.struct('LI');
      list.add(entry);
      const body = this.doc.struct('LBody');
      entry.add(body);
      body.add(() => {
        // A hanging indent: the bullet, then the item's lines aligned beside it.
        const { x, y } = this.doc;
        const width = this.doc.page.width - this.doc.page.margins.right - x - BULLET_INDENT;
        this.doc.text('•', x, y, { lineBreak: false });
        this.doc.text(item, x + BULLET_INDENT, y, { width, paragraphGap: 2 });
        this.doc.x = x;
      });
      body.end();
      entry.end();
    }
    list.end();
    this.doc.fontSize(10);
  }

  /** Catalogue text in its line format: paragraphs, and „• “ items as a list (ADR 008, prisma/seed). */
  catalogueText(value: string, lang: string): void {
    let bullets: string[] = [];
    const flush = () => {
      this.list(bullets, { lang });
      bullets = [];
    };
    for (const line of value.split('\n').map((part) => part.trim()).filter(Boolean)) {
      if (line.startsWith('• ')) bullets.push(line.slice(2));
      else {
        flush();
        this.text(line, { lang });
      }
    }
    flush();
  }

  /** A table of contents entry that links to `destination`; its page number is written by `finish`. */
  tocEntry(label: string, destination: string): void {
    if (!this.tocList) {
      this.tocList = this.doc.struct('TOC');
      this.parent.add(this.tocList);
    }
    const item = this.doc.struct('TOCI');
    this.tocList.add(item);
    const y = this.doc.y;
    item.add(() => this.doc.fillColor(COLOURS.heading).text(label, { goTo: destination, underline: true, width: this.doc.page.width - MARGIN.left - MARGIN.right - 60, paragraphGap: 4 }));
    this.doc.fillColor(COLOURS.text);
    this.toc.push({ destination, page: this.currentPage(), y, item });
  }

  /** A fresh destination name for `tocEntry` / `heading`. */
  destination(): string {
    this.destinations += 1;
    return `section-${this.destinations}`;
  }

  private currentPage(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  /** A thin rule across the text width. */
  rule(): void {
    const y = this.doc.y + 2;
    this.artifact(() => this.doc.moveTo(MARGIN.left, y).lineTo(this.doc.page.width - MARGIN.right, y).lineWidth(0.5).strokeColor(COLOURS.rule).stroke());
    this.doc.moveDown(0.6);
  }

  /** `text` shortened with „…“ to fit `width` in the current font (running heads stay one line). */
  private fit(text: string, width: number): string {
    if (this.doc.widthOfString(text) <= width) return text;
    let end = text.length;
    while (end > 1 && this.doc.widthOfString(`${text.slice(0, end)}…`) > width) end -= 1;
    return `${text.slice(0, end).trimEnd()}…`;
  }

  private artifact(draw: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  /**
   * Writes the table of contents' page numbers, the running head and „Seite x von y“ on every
   * page, closes the structure tree and ends the document (its bytes then flow to the reader).
   */
  finish({ title, frame, footer }: { title: string; frame: string; footer: (page: number, pages: number) => string }): void {
    const { start, count } = this.doc.bufferedPageRange();
    for (const entry of this.toc) {
      const target = this.destinationPages.get(entry.destination);
      if (target === undefined) continue;
      this.doc.switchToPage(entry.page);
      entry.item.add(() => this.doc.font(REGULAR).fontSize(10).fillColor(COLOURS.text).text(String(target + 1), MARGIN.left, entry.y, { align: 'right', width: this.doc.page.width - MARGIN.left - MARGIN.right, lineBreak: false }));
      entry.item.end();
    }
    this.tocList?.end();
    while (this.sections.length) this.endSection();
    this.root.end();
    // The running head is the same on every page: fitted once (in the font it is set in).
    const width = this.doc.page.width - MARGIN.left - MARGIN.right;
    this.doc.font(REGULAR).fontSize(8);
    const [headTitle, headFrame] = [this.fit(title, width), this.fit(frame, width)];
    for (let page = start; page < start + count; page += 1) {
      this.doc.switchToPage(page);
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.artifact(() => {
        this.doc.font(REGULAR).fontSize(8).fillColor(COLOURS.muted);
        this.doc.text(headTitle, MARGIN.left, 28, { lineBreak: false });
        this.doc.text(headFrame, MARGIN.left, 39, { lineBreak: false });
        this.doc.moveTo(MARGIN.left, 52).lineTo(MARGIN.left + width, 52).lineWidth(0.5).strokeColor(COLOURS.rule).stroke();
        this.doc.text(footer(page - start + 1, count), MARGIN.left, this.doc.page.height - 40, { width, align: 'right', lineBreak: false });
      }, 'Pagination');
      this.doc.page.margins.bottom = bottom;
    }
    this.doc.end();
  }

  /**
   * The document's bytes as a web stream (after `finish`), in pieces as large as pdfkit has them
   * ready — once the document has ended, that is all of it — rather than pdfkit's own chunks, one
   * per line it writes (~1,700 for a 22-standard PDF, each a separate write into the response).
   */
  body(): ReadableStream<Uint8Array> {
    const pieces = (this.doc as unknown as Readable)[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await pieces.next();
        if (done) controller.close();
        else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      },
      async cancel() {
        await pieces.return?.();
      },
    });
  }
}
