import { getFormatter, getTranslations } from 'next-intl/server';
import { isKnownAuditAction, isKnownSubjectType } from '@/lib/audit/audit-labels';
import type { AuditPage } from '@/lib/audit/list-audit-events';
import type { AuditEventRow } from '@/lib/audit/query-audit-events';
import { AuditDetails } from '@/components/audit/audit-details';
import { auditHref } from '@/components/audit/audit-href';

type T = Awaited<ReturnType<typeof getTranslations<'audit'>>>;

/**
 * One page of the log: time, person („System“ without one), action (its label, and the code),
 * subject (type and id, linked to all entries about it), the details as before/after and the
 * request id. The table scrolls in its own labelled region, never the page.
 */
export async function AuditTable({ page }: { page: AuditPage }) {
  const [t, format] = await Promise.all([getTranslations('audit'), getFormatter()]);
  return (
    <>
      <p id="audit-caption" className="mb-2 text-muted">
        {t('tableCaption')}
      </p>
      <div role="region" aria-labelledby="audit-caption" tabIndex={0} className="relative overflow-x-auto focus-visible:outline-2">
        <table
          aria-labelledby="audit-caption"
          className="w-full min-w-[56rem] border-collapse text-left [&>tbody>tr]:border-b [&>tbody>tr]:border-b-gray-300 [&>tbody>tr]:align-top [&>tbody>tr>*]:p-2 [&>thead>tr>th]:p-2 [&>thead>tr>th]:text-left"
        >
          <thead className="border-b-2 border-brand-700 bg-brand-50">
            <tr>
              <th scope="col" className="min-w-32">
                {t('columns.at')}
              </th>
              <th scope="col" className="min-w-40">
                {t('columns.actor')}
              </th>
              <th scope="col" className="min-w-36">
                {t('columns.action')}
              </th>
              <th scope="col" className="min-w-32">
                {t('columns.subject')}
              </th>
              <th scope="col">{t('columns.details')}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <AuditRow key={row.id} row={row} page={page} t={t} at={format.dateTime(row.at, { dateStyle: 'medium', timeStyle: 'medium' })} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function AuditRow({ row, page, t, at }: { row: AuditEventRow; page: AuditPage; t: T; at: string }) {
  return (
    <tr>
      <th scope="row" className="font-normal">
        <time dateTime={row.at.toISOString()} className="font-semibold">
          {at}
        </time>
      </th>
      <td className="break-words">
        {!row.actorId ? (
          <span className="text-muted">{t('system')}</span>
        ) : row.actorName === null ? (
          <>
            {t('unknownActor')}
            <span className="block font-mono text-xs break-all text-muted">{row.actorId}</span>
          </>
        ) : (
          <>
            {row.actorName}
            <span className="block text-sm break-words text-muted">{row.actorEmail}</span>
          </>
        )}
      </td>
      <td>
        {isKnownAuditAction(row.action) ? t(`actions.${row.action}`) : row.action}
        <span className="block font-mono text-xs break-words text-muted">{row.action}</span>
      </td>
      <td>
        {isKnownSubjectType(row.subjectType) ? t(`subjectTypes.${row.subjectType}`) : row.subjectType}
        {row.subjectId && (
          <a
            href={auditHref({ ...page.filters, type: row.subjectType, subject: row.subjectId })}
            className="block font-mono text-xs break-all text-brand-800 underline"
          >
            {row.subjectId}
            <span className="sr-only"> – {t('subjectFilterLink')}</span>
          </a>
        )}
      </td>
      <td className="min-w-64">
        <AuditDetails action={row.action} details={row.details} t={t} />
        {row.requestId && (
          <p className="mt-1 text-xs break-all text-muted">
            {t('requestId')}: <span className="font-mono">{row.requestId}</span>
          </p>
        )}
      </td>
    </tr>
  );
}
