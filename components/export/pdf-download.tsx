import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button-classes';
import { revisionPdfHref } from '@/lib/export/revision-pdf-href';

/**
 * „Als PDF herunterladen“ of the revision shown (ADR 027): a plain link to the route handler,
 * which answers with the file as an attachment — no script. Officers get their copy (with
 * internal notes), which the hint says.
 */
export async function PdfDownload({ assessmentId, revisionNumber, officer = false }: { assessmentId: string; revisionNumber: number; officer?: boolean }) {
  const t = await getTranslations('pdf');
  return (
    <p className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <a href={revisionPdfHref({ assessmentId, revisionNumber })} download className={buttonClass('secondary', 'sm')} data-testid="pdf-download">
        {t('download')}
      </a>
      <span className="text-sm text-muted">{officer ? t('downloadHintOfficer') : t('downloadHint')}</span>
    </p>
  );
}
