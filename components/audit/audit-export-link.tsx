import { getTranslations } from 'next-intl/server';
import type { AuditFilters } from '@/lib/audit/list-audit-events-schema';
import { auditExportHref } from '@/components/audit/audit-href';
import { buttonClass } from '@/components/ui/button-classes';

/** „Als CSV exportieren“: every entry with the current filters, as a download (a route handler, not a page). */
export async function AuditExportLink({ filters }: { filters: AuditFilters }) {
  const t = await getTranslations('audit');
  return (
    <div className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-1">
      <a href={auditExportHref(filters)} download className={buttonClass('secondary', 'sm')} aria-describedby="audit-export-hint">
        {t('export.link')}
      </a>
      <p id="audit-export-hint" className="text-sm text-muted">
        {t('export.hint')}
      </p>
    </div>
  );
}
