/**
 * A table as the exports write it, independent of the file format: columns with a header and a
 * kind, rows of plain values read batch by batch. lib/export/csv-table.ts writes it as CSV (German
 * notation as text), lib/export/xlsx.ts as an XLSX sheet (real numbers and dates with a German
 * number format). One row producer, two encoders: both files always hold the same cells.
 */

/**
 * What a column holds. A `Date` cell is a day in a `date` (or `text`) column and a moment (Berlin
 * time, to the minute) in a `dateTime` column; a number is a whole number unless the column is
 * `decimal` (one decimal place).
 */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'date' | 'dateTime';

export type ExportColumn = { header: string; kind: ColumnKind; /** Width in characters (XLSX). */ width?: number };

export type ExportCell = string | number | Date | null;
export type ExportRow = readonly ExportCell[];

/** One sheet: its rows come as batches, read only when the writer gets to this sheet. */
export type ExportSheet = {
  name: string;
  columns: readonly ExportColumn[];
  batches: () => AsyncIterable<readonly ExportRow[]>;
};

/** A download: the file's name (ASCII), its headers' content type and the bytes as a stream. */
export type ExportFile = { fileName: string; contentType: string; body: ReadableStream<Uint8Array> };

/** Maps every batch of `batches` through `map` (lazily, one batch at a time). */
export async function* mapBatches<T, R>(batches: AsyncIterable<readonly T[]>, map: (item: T) => R): AsyncIterable<R[]> {
  for await (const batch of batches) yield batch.map(map);
}

/** `Content-Disposition` and friends for a download named `fileName` (ASCII; other characters become `_`). */
export function downloadHeaders(fileName: string, contentType: string): HeadersInit {
  return {
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
  };
}
