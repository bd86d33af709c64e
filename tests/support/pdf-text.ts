import { PDFParse } from 'pdf-parse';

/**
 * The text of a PDF as a reader's tool extracts it (pdf-parse on pdf.js), page by page, with the
 * document's metadata: the PDF export's tests read what a person would read, not our own input.
 */
export async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: string[]; title: string | undefined }> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    // One request at a time: pdf.js's worker messages of two parallel calls fail to deserialize.
    const text = await parser.getText();
    const info = await parser.getInfo();
    const title = (info.info as { Title?: string } | undefined)?.Title;
    return { text: text.text, pages: text.pages.map((page) => page.text), title };
  } finally {
    await parser.destroy();
  }
}
