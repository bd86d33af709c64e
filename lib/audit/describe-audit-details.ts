/** A value of an event's details as text: null when empty (nothing, '' or null). */
export type DetailText = string | null;

export type AuditDetailsView = {
  /** What changed, field by field (`field` '' when the event changed one single value). */
  changes: { field: string; before: DetailText; after: DetailText }[];
  /** Everything else the event records. */
  other: { key: string; value: DetailText }[];
};

/** Longer values are shortened in the viewer (answers hold up to 5,000 characters); the CSV has them whole. */
export const DETAIL_TEXT_LIMIT = 300;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as one line of text: strings as they are, numbers and booleans as written, lists joined, anything else as JSON. */
export function detailText(value: unknown): DetailText {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) return value.length > 0 ? value.join(', ') : null;
  return JSON.stringify(value);
}

/**
 * An event's JSON details as the viewer shows them: a before/after table and key/value pairs.
 * The shapes the portal writes (lib/audit/record-audit-event.ts callers):
 * - `{ before: {field: …}, after: {field: …}, …other }` — one row per field in either;
 * - `{ changes: { field: { before, after } }, …other }`;
 * - `{ before: value, after: value, …other }` — one change of a single value;
 * - anything else — key/value pairs.
 */
export function describeAuditDetails(details: unknown): AuditDetailsView {
  if (details === null || details === undefined) return { changes: [], other: [] };
  if (!isPlainObject(details)) return { changes: [], other: [{ key: '', value: detailText(details) }] };
  const { before, after, changes, ...rest } = details;
  const view: AuditDetailsView = { changes: [], other: [] };

  if (isPlainObject(changes) && Object.values(changes).every((change) => isPlainObject(change) && ('before' in change || 'after' in change))) {
    for (const [field, change] of Object.entries(changes as Record<string, Record<string, unknown>>)) {
      view.changes.push({ field, before: detailText(change.before), after: detailText(change.after) });
    }
  } else if (changes !== undefined) {
    rest.changes = changes;
  }

  if (before !== undefined || after !== undefined) {
    if ((isPlainObject(before) || before === undefined || before === null) && (isPlainObject(after) || after === undefined || after === null) && (isPlainObject(before) || isPlainObject(after))) {
      const from = isPlainObject(before) ? before : {};
      const to = isPlainObject(after) ? after : {};
      for (const field of [...new Set([...Object.keys(from), ...Object.keys(to)])]) {
        view.changes.push({ field, before: detailText(from[field]), after: detailText(to[field]) });
      }
    } else {
      view.changes.push({ field: '', before: detailText(before), after: detailText(after) });
    }
  }

  for (const [key, value] of Object.entries(rest)) view.other.push({ key, value: detailText(value) });
  return view;
}
