import { csvStream, type CsvValue } from '@/lib/export/csv';
import { germanDate, germanDateTime, germanDecimal } from '@/lib/export/german-format';
import type { ColumnKind, ExportCell, ExportSheet } from '@/lib/export/table';

/** One cell in German notation (lib/export/german-format.ts); text stays text (csv.ts neutralises formulas). */
export function csvCell(kind: ColumnKind, value: ExportCell): CsvValue {
  if (value === null || typeof value === 'string') return value;
  if (value instanceof Date) return kind === 'dateTime' ? germanDateTime(value) : germanDate(value);
  return kind === 'decimal' ? germanDecimal(value) : String(Math.round(value));
}

/** A sheet as a CSV file (lib/export/csv.ts: BOM, `;`, CRLF), streamed batch by batch. */
export function csvTableStream(sheet: Pick<ExportSheet, 'columns' | 'batches'>): ReadableStream<Uint8Array> {
  const kinds = sheet.columns.map((column) => column.kind);
  async function* rows() {
    for await (const batch of sheet.batches()) yield batch.map((row) => row.map((value, index) => csvCell(kinds[index] ?? 'text', value)));
  }
  return csvStream(
    sheet.columns.map((column) => column.header),
    rows(),
  );
}
