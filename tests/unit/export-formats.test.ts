/**
 * The exports' notation (lib/export/german-format.ts, lib/export/csv-table.ts, ADR 028): German
 * days, Berlin times across the changes to and from summer time, the decimal comma, and the
 * standards' short column headers.
 */
import { describe, expect, it } from 'vitest';
import { csvCell } from '@/lib/export/csv-table';
import { standardHeading } from '@/lib/export/export-labels';
import { berlinDay, berlinWallClock, germanDate, germanDateTime, germanDecimal } from '@/lib/export/german-format';

describe('German notation', () => {
  it('days and Berlin times, also across summer time', () => {
    expect(germanDate(new Date('2027-06-30T00:00:00Z'))).toBe('30.06.2027');
    expect(germanDateTime(new Date('2026-01-15T13:05:00Z'))).toBe('15.01.2026 14:05');
    expect(germanDateTime(new Date('2026-07-15T13:05:00Z'))).toBe('15.07.2026 15:05');
    expect(germanDateTime(new Date('2026-03-29T00:59:00Z'))).toBe('29.03.2026 01:59');
    expect(germanDateTime(new Date('2026-03-29T01:00:00Z'))).toBe('29.03.2026 03:00');
    expect(germanDateTime(new Date('2026-10-25T00:30:00Z'))).toBe('25.10.2026 02:30');
    expect(germanDateTime(new Date('2026-10-25T01:30:00Z'))).toBe('25.10.2026 02:30');
    expect(germanDate(new Date('2026-12-31T23:30:00Z'))).toBe('01.01.2027');
  });

  it('wall-clock dates for spreadsheet cells', () => {
    expect(berlinWallClock(new Date('2026-07-15T13:05:00Z')).toISOString()).toBe('2026-07-15T15:05:00.000Z');
    expect(berlinDay(new Date('2026-12-31T23:30:00Z')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('numbers: a decimal comma, no grouping; whole numbers rounded', () => {
    expect(germanDecimal(95.238)).toBe('95,2');
    expect(germanDecimal(1234.5)).toBe('1234,5');
    expect(csvCell('decimal', 100)).toBe('100,0');
    expect(csvCell('integer', 1200)).toBe('1200');
    expect(csvCell('date', new Date('2027-06-30T00:00:00Z'))).toBe('30.06.2027');
    expect(csvCell('dateTime', new Date('2026-07-15T13:05:00Z'))).toBe('15.07.2026 15:05');
    expect(csvCell('text', null)).toBeNull();
    expect(csvCell('text', '=1+1')).toBe('=1+1'); // csv.ts neutralises when it writes the line
  });
});

describe('standard headings', () => {
  it('number and the start of the text, cut at a word', () => {
    expect(standardHeading(7, 'Der Zugang zu aussagekräftigen und differenzierten Informationen')).toBe('7. Der Zugang zu aussagekräftigen und …');
    expect(standardHeading(17, 'Kurz.\nZweite Zeile')).toBe('17. Kurz.');
    expect(standardHeading(null, 'Ohne Nummer')).toBe('Ohne Nummer');
    expect(standardHeading(3, 'Einwortohneleerzeichendasvielzulangistfüreinekopfzeileimexport')).toBe('3. Einwortohneleerzeichendasvielzulangistfü …');
  });
});
