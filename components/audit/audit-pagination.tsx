import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { AuditPage } from '@/lib/audit/list-audit-events';
import { auditHref } from '@/components/audit/audit-href';

/** „Neuere Einträge“ / „Ältere Einträge“ (cursors in the URL, no page numbers: there is no count over millions of rows). */
export async function AuditPagination({ page }: { page: AuditPage }) {
  const t = await getTranslations('audit');
  if (!page.older && !page.newer && !page.paged) return null;
  const link = 'rounded px-3 py-1 text-brand-800 underline hover:bg-brand-50';
  return (
    <nav aria-label={t('pagination.label')} className="mt-4">
      <ul className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {page.paged && !page.newer && (
          <li>
            <Link href={auditHref(page.filters)} className={link}>
              {t('pagination.newest')}
            </Link>
          </li>
        )}
        {page.newer && (
          <li>
            <Link href={auditHref(page.filters, { after: page.newer })} rel="prev" className={link}>
              <span aria-hidden="true">← </span>
              {t('pagination.newer')}
            </Link>
          </li>
        )}
        {page.older && (
          <li>
            <Link href={auditHref(page.filters, { before: page.older })} rel="next" className={link}>
              {t('pagination.older')}
              <span aria-hidden="true"> →</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
