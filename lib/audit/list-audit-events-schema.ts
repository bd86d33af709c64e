import { z } from 'zod';
import { noNul } from '@/lib/forms/text-checks';

export const AUDIT_PAGE_SIZE = 50;

/** A position in the log's order (newest first: `at` descending, then `id` descending). */
export type AuditCursor = { at: Date; id: string };

/** `<milliseconds since 1970>_<id>`: short, URL-safe, and exact (`at` is stored in milliseconds). */
export function encodeAuditCursor({ at, id }: AuditCursor): string {
  return `${at.getTime()}_${id}`;
}

export function decodeAuditCursor(value: unknown): AuditCursor | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{1,15})_([A-Za-z0-9_-]{1,100})$/.exec(value);
  if (!match) return undefined;
  const at = new Date(Number(match[1]));
  return Number.isNaN(at.getTime()) ? undefined : { at, id: match[2]! };
}

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** A trimmed text of at most `max` characters, or undefined (empty, missing, malformed). */
const text = (max: number) =>
  z.preprocess((value) => {
    const first = single(value);
    return typeof first === 'string' ? first.trim().slice(0, max) || undefined : undefined;
  }, z.string().check(noNul).optional());

/** A calendar day `YYYY-MM-DD` (what `<input type="date">` sends), or undefined. */
const day = z.preprocess((value) => {
  const first = single(value);
  if (typeof first !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(first)) return undefined;
  const parsed = new Date(`${first}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(first) ? first : undefined;
}, z.string().check(noNul).optional());

const cursor = z.preprocess((value) => decodeAuditCursor(single(value)), z.custom<AuditCursor>().optional());

/**
 * The audit log's query string (/admin/audit?actor=…&action=…&type=…&subject=…&from=…&to=…
 * &before=… | &after=…), also the CSV export's (without the cursors). Anything malformed falls
 * back to "no filter", never to an error: a shared or hand-edited link still shows the log.
 * `before` pages to older entries, `after` to newer ones (keyset pagination; `before` wins).
 */
export const listAuditEventsSchema = z.object({
  actor: text(200),
  action: text(100),
  type: text(100),
  subject: text(200),
  from: day,
  to: day,
  before: cursor,
  after: cursor,
});

export type AuditQuery = z.infer<typeof listAuditEventsSchema>;
export type AuditFilters = Omit<AuditQuery, 'before' | 'after'>;
