import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { listAuditEvents } from '@/lib/audit/list-audit-events';
import { listAuditFilterOptions } from '@/lib/audit/list-audit-filter-options';
import { PageHeader } from '@/components/ui/page-header';
import { AuditFilters } from '@/components/audit/audit-filters';
import { AuditActors } from '@/components/audit/audit-actors';
import { AuditExportLink } from '@/components/audit/audit-export-link';
import { AuditPagination } from '@/components/audit/audit-pagination';
import { AuditTable } from '@/components/audit/audit-table';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('audit');
  return { title: t('title') };
}

/** „Protokoll“ (administrators): the audit log, filtered and paged through the URL (lib/audit/list-audit-events.ts). */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('audit:read');
  const [t, query] = await Promise.all([getTranslations('audit'), searchParams]);
  const [page, options] = await Promise.all([listAuditEvents({ query }), listAuditFilterOptions()]);
  return (
    <>
      <PageHeader title={t('title')}>
        <p>{t('intro')}</p>
      </PageHeader>
      <AuditFilters filters={page.filters} actions={options.actions} subjectTypes={options.subjectTypes} />
      {page.actors && <AuditActors search={page.filters.actor ?? ''} actors={page.actors} />}
      <AuditExportLink filters={page.filters} />
      {page.rows.length === 0 ? (
        <div className="rounded border border-gray-300 bg-brand-50 p-6">
          <p className="font-semibold">{page.paged ? t('emptyPage') : t('empty')}</p>
        </div>
      ) : (
        <AuditTable page={page} />
      )}
      <AuditPagination page={page} />
    </>
  );
}
