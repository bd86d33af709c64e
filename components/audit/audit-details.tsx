import { getTranslations } from 'next-intl/server';
import { isKnownDetailField, isKnownSignInFailure } from '@/lib/audit/audit-labels';
import { DETAIL_TEXT_LIMIT, describeAuditDetails, type DetailText } from '@/lib/audit/describe-audit-details';

type T = Awaited<ReturnType<typeof getTranslations<'audit'>>>;

/**
 * An event's details, readable: what changed as a small table (field, before, after) and the
 * rest as a definition list. Long values are shortened (the CSV has them whole); values are text,
 * never HTML.
 */
export function AuditDetails({ action, details, t }: { action: string; details: unknown; t: T }) {
  const view = describeAuditDetails(details);
  if (view.changes.length === 0 && view.other.length === 0) return <span className="text-muted">{t('details.none')}</span>;
  const field = (key: string) => (key === '' ? t('details.value') : isKnownDetailField(key) ? t(`fields.${key}`) : key);
  const value = (key: string, text: DetailText) =>
    action === 'user.sign-in-failed' && key === 'reason' && isKnownSignInFailure(text) ? t(`signInFailure.${text}`) : text;
  return (
    <div className="space-y-2 text-sm">
      {view.changes.length > 0 && (
        <table className="w-full border-collapse [&_td]:border [&_td]:border-gray-300 [&_td]:px-1.5 [&_td]:py-1 [&_td]:align-top [&_th]:border [&_th]:border-gray-300 [&_th]:px-1.5 [&_th]:py-1 [&_th]:text-left [&_th]:align-top">
          <caption className="sr-only">{t('details.caption')}</caption>
          <thead className="bg-gray-100">
            <tr>
              <th scope="col">{t('details.field')}</th>
              <th scope="col">{t('details.before')}</th>
              <th scope="col">{t('details.after')}</th>
            </tr>
          </thead>
          <tbody>
            {view.changes.map((change) => (
              <tr key={change.field}>
                <th scope="row" className="font-semibold">
                  {field(change.field)}
                </th>
                <td>
                  <Value text={change.before} t={t} />
                </td>
                <td>
                  <Value text={change.after} t={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {view.other.length > 0 && (
        <dl className="grid grid-cols-[minmax(0,auto)_minmax(0,1fr)] gap-x-3 gap-y-0.5">
          {view.other.map((entry) => (
            <div key={entry.key} className="contents">
              <dt className="font-semibold">{field(entry.key)}</dt>
              <dd>
                <Value text={value(entry.key, entry.value)} t={t} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

function Value({ text, t }: { text: DetailText; t: T }) {
  if (text === null) return <span className="text-muted">{t('details.empty')}</span>;
  if (text.length <= DETAIL_TEXT_LIMIT) return <span className="break-words whitespace-pre-wrap">{text}</span>;
  return (
    <span className="break-words whitespace-pre-wrap">
      {text.slice(0, DETAIL_TEXT_LIMIT)}
      <span className="text-muted">{t('details.truncated', { length: text.length })}</span>
    </span>
  );
}
