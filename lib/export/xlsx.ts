import { PassThrough, Readable, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutraliseFormula } from '@/lib/export/csv';
import { berlinDay, berlinWallClock, XLSX_FORMATS } from '@/lib/export/german-format';
import type { ColumnKind, ExportCell, ExportSheet } from '@/lib/export/table';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sheet names: at most 31 characters, none of `[]:*?/\` (Excel refuses the file otherwise). */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/** A cell's value for exceljs: text with formulas neutralised, dates as Berlin wall-clock time. */
function xlsxValue(kind: ColumnKind, value: ExportCell): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === 'string') return neutraliseFormula(value);
  if (value instanceof Date) return kind === 'dateTime' ? berlinWallClock(value) : berlinDay(value);
  return kind === 'decimal' ? value : Math.round(value);
}

function numberFormat(kind: ColumnKind, value: ExportCell): string | undefined {
  if (value instanceof Date) return kind === 'dateTime' ? XLSX_FORMATS.dateTime : XLSX_FORMATS.date;
  if (typeof value === 'number') return kind === 'decimal' ? XLSX_FORMATS.decimal : XLSX_FORMATS.integer;
  return undefined;
}

type Drainable = Writable & { _writableState?: { needDrain?: boolean } };

/**
 * Resolves once `stream` has room again (or at once); rejects when `out`, the response, was
 * closed: the reader went away. (`stream` may be a readable-stream 2 Writable inside archiver,
 * which has no `writableNeedDrain`: its state says the same.)
 */
function roomIn(stream: Drainable, out: Writable): Promise<void> {
  if (out.destroyed) return Promise.reject(new Error('export stream closed'));
  if (!(stream.writableNeedDrain ?? stream._writableState?.needDrain)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      out.off('close', closed);
      resolve();
    };
    const closed = () => {
      stream.off('drain', done);
      reject(new Error('export stream closed'));
    };
    stream.once('drain', done);
    out.once('close', closed);
  });
}

/**
 * The streams a worksheet's XML is handed to (archiver's entry stream, in front of the
 * compressor). exceljs writes to them without heeding backpressure, so XML made faster than it is
 * compressed would pile up there (a measured 1.2 kB per row); waiting for them after each batch
 * keeps that at about one batch. (exceljs internals: `stream.pipes` of the sheet's StreamBuf; if
 * they are not there, there is nothing to wait for.)
 */
function compressorsOf(worksheet: ExcelJS.Worksheet): Drainable[] {
  const pipes = (worksheet as unknown as { stream?: { pipes?: unknown } }).stream?.pipes;
  return Array.isArray(pipes) ? pipes.filter((pipe): pipe is Drainable => typeof (pipe as Writable)?.once === 'function') : [];
}

/**
 * An XLSX workbook as a byte stream, written with exceljs's streaming writer: rows are committed
 * (turned into XML and compressed) as they come and never kept, strings are inline (no shared
 * string table in memory), and the sheets are written one after the other — each sheet's rows are
 * read only when the sheet before it is complete, since a ZIP holds one entry after the other.
 * After every batch the writer waits until the batch is compressed and the reader has taken what
 * was written (backpressure), so memory stays at about one batch however large the export. Text starting like a formula gets
 * the same leading `'` as in CSV (lib/export/csv.ts); the header row is bold and frozen.
 */
export function xlsxStream(sheets: readonly ExportSheet[]): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Standards-Portal';

  async function write() {
    for (const sheet of sheets) {
      const worksheet = workbook.addWorksheet(sheetName(sheet.name), { views: [{ state: 'frozen', ySplit: 1 }] });
      worksheet.columns = sheet.columns.map((column) => ({ width: column.width ?? 18 }));
      const header = worksheet.addRow(sheet.columns.map((column) => column.header));
      header.font = { bold: true };
      header.commit();
      const kinds = sheet.columns.map((column) => column.kind);
      for await (const batch of sheet.batches()) {
        for (const values of batch) {
          const row = worksheet.addRow(values.map((value, index) => xlsxValue(kinds[index] ?? 'text', value)));
          values.forEach((value, index) => {
            const format = numberFormat(kinds[index] ?? 'text', value);
            if (format) row.getCell(index + 1).numFmt = format;
          });
          row.commit();
        }
        for (const compressor of compressorsOf(worksheet)) await roomIn(compressor, out);
        await roomIn(out, out);
      }
      worksheet.commit();
    }
    await workbook.commit();
  }

  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
