/**
 * CSV for spreadsheets (Excel, LibreOffice) in a German setting: `;` between cells, CRLF between
 * lines, UTF-8 with a byte order mark (without it Excel reads UTF-8 as Windows-1252). Cells are
 * quoted when they must be (RFC 4180). Text that a spreadsheet would run as a formula — starting
 * with `=`, `+`, `-`, `@`, a tab or a carriage return — gets a leading `'` (OWASP „CSV
 * injection“), so a value someone typed into the portal can never become a formula in the
 * funding body's spreadsheet. Numbers are written as they are (a negative number is not a formula).
 */

import { downloadHeaders } from '@/lib/export/table';

export const CSV_SEPARATOR = ';';
export const CSV_LINE_END = '\r\n';
/** The byte order mark, written once before the first line. */
export const CSV_BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** The value with a leading `'` when a spreadsheet would take it for a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell: empty for null/undefined, formulas neutralised, quoted when it holds the separator, a quote or a line break. */
export function escapeCsvCell(value: CsvValue, separator = CSV_SEPARATOR): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line of cells, ending in CRLF. */
export function csvLine(values: readonly CsvValue[], separator = CSV_SEPARATOR): string {
  return values.map((value) => escapeCsvCell(value, separator)).join(separator) + CSV_LINE_END;
}

/**
 * A CSV file as a byte stream: the BOM and the header line, then the rows batch by batch as the
 * consumer reads (`rows` is pulled one batch at a time, so a large export never sits in memory).
 * An error while reading ends the stream with that error.
 */
export function csvStream(header: readonly CsvValue[], rows: AsyncIterable<readonly (readonly CsvValue[])[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(CSV_BOM + csvLine(header)));
        return;
      }
      // Each pull enqueues something or closes: a pull that enqueued nothing would not be repeated.
      for (;;) {
        const next = await iterator.next();
        if (next.done) {
          controller.close();
          return;
        }
        if (next.value.length > 0) {
          controller.enqueue(encoder.encode(next.value.map((row) => csvLine(row)).join('')));
          return;
        }
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** `Content-Disposition` for a download named `fileName` (ASCII names only: the exports name their own files). */
export function csvHeaders(fileName: string): HeadersInit {
  return downloadHeaders(fileName, 'text/csv; charset=utf-8');
}
