import { createTranslator } from 'next-intl';
import { resolveAuditFilter } from '@/lib/audit/audit-filter';
import { isKnownAuditAction, isKnownSubjectType } from '@/lib/audit/audit-labels';
import { listAuditEventsSchema } from '@/lib/audit/list-audit-events-schema';
import { queryAuditEvents, type AuditEventRow } from '@/lib/audit/query-audit-events';
import { csvStream, type CsvValue } from '@/lib/export/csv';
import { DEFAULT_LOCALE, INTL_LOCALES, type Locale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';

/** Rows read per statement while streaming. */
export const AUDIT_EXPORT_BATCH = 1000;

/**
 * The audit log as CSV (`/api/admin/audit/export`, the caller checked `audit:read`): every
 * entry matching the viewer's filters (its cursors are ignored), newest first, in the user's
 * language (headers, action labels, time in German or English notation, Berlin time), the
 * details as JSON. Streamed: batches of 1,000 rows by the same keyset as the viewer, read as
 * the client takes them, so millions of rows never sit in memory.
 */
export async function exportAuditEvents({ query = {}, locale = DEFAULT_LOCALE, now = new Date() }: { query?: unknown; locale?: Locale; now?: Date }) {
  const { before: _before, after: _after, ...filters } = listAuditEventsSchema.parse(query);
  const resolved = await resolveAuditFilter(filters);
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'audit' });
  const time = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

  const line = (row: AuditEventRow): CsvValue[] => [
    time.format(row.at).replace(',', ''),
    row.actorId ? row.actorName : t('system'),
    row.actorEmail,
    row.actorId,
    isKnownAuditAction(row.action) ? t(`actions.${row.action}`) : row.action,
    row.action,
    isKnownSubjectType(row.subjectType) ? t(`subjectTypes.${row.subjectType}`) : row.subjectType,
    row.subjectId,
    row.requestId,
    row.details === null ? null : JSON.stringify(row.details),
  ];

  async function* batches() {
    if (resolved.nothing) return;
    let cursor: AuditEventRow | undefined;
    for (;;) {
      const rows = await queryAuditEvents({ where: resolved.where, cursor, direction: 'older', limit: AUDIT_EXPORT_BATCH });
      yield rows.map(line);
      if (rows.length < AUDIT_EXPORT_BATCH) return;
      cursor = rows.at(-1);
    }
  }

  const header = [t('csv.at'), t('csv.actorName'), t('csv.actorEmail'), t('csv.actorId'), t('csv.action'), t('csv.actionCode'), t('csv.subjectType'), t('csv.subjectId'), t('csv.requestId'), t('csv.details')];
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return { fileName: `${t('csv.fileName')}-${stamp}.csv`, body: csvStream(header, batches()) };
}
