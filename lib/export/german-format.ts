/**
 * Dates and numbers as a German spreadsheet reads them: `dd.mm.yyyy`, `dd.mm.yyyy hh:mm` (Berlin
 * time) and a decimal comma without digit grouping (German Excel reads `72,5` as a number,
 * `1.200` would be ambiguous). The exports write these in CSV; XLSX gets real values with the
 * number formats below.
 */

/** XLSX number formats (format codes are locale-neutral; Excel shows the comma in German). */
export const XLSX_FORMATS = { date: 'dd.mm.yyyy', dateTime: 'dd.mm.yyyy hh:mm', integer: '0', decimal: '0.0' } as const;

const berlin = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

const HOUR = 3_600_000;
/** Berlin's offset from UTC per UTC hour (it changes only on the hour): Intl once per hour seen, not per cell. */
const offsets = new Map<number, number>();

function berlinOffset(date: Date): number {
  const hour = Math.floor(date.getTime() / HOUR);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const parts = Object.fromEntries(berlin.formatToParts(new Date(hour * HOUR)).map((part) => [part.type, Number(part.value)]));
    offset = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!) - hour * HOUR;
    if (offsets.size > 10_000) offsets.clear();
    offsets.set(hour, offset);
  }
  return offset;
}

function berlinParts(date: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', number> {
  const wall = new Date(date.getTime() + berlinOffset(date));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes() };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `31.12.2026`: the Berlin day of a moment, or a stored day (`@db.Date`, midnight UTC). */
export function germanDate(date: Date): string {
  const { year, month, day } = berlinParts(date);
  return `${pad(day)}.${pad(month)}.${year}`;
}

/** `31.12.2026 14:05` in Berlin time. */
export function germanDateTime(date: Date): string {
  const { hour, minute } = berlinParts(date);
  return `${germanDate(date)} ${pad(hour)}:${pad(minute)}`;
}

/** `72,5`: one decimal place, decimal comma, no grouping. */
export function germanDecimal(value: number): string {
  return value.toFixed(1).replace('.', ',');
}

/**
 * The Berlin wall-clock time of a moment as a Date whose UTC fields hold it: spreadsheets have no
 * time zones, and exceljs writes a Date's UTC fields, so a cell shows Berlin time.
 */
export function berlinWallClock(date: Date): Date {
  const { year, month, day, hour, minute } = berlinParts(date);
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}

/** A stored day (`@db.Date`, midnight UTC) or a moment as the Berlin day, at 00:00 UTC. */
export function berlinDay(date: Date): Date {
  const { year, month, day } = berlinParts(date);
  return new Date(Date.UTC(year, month - 1, day));
}
