import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button-classes';

/**
 * „Exportieren“ on the self-assessment's overview (applicants): the revision shown as an XLSX
 * download (app/api/projects/[projectId]/assessment/export/route.ts).
 */
export async function ProjectExportLink({ projectId, revision }: { projectId: string; revision: { number: number; isLatest: boolean } }) {
  const t = await getTranslations('exports');
  const href = `/api/projects/${projectId}/assessment/export${revision.isLatest ? '' : `?revision=${revision.number}`}`;
  return (
    <section aria-labelledby="project-export-heading" className="rounded-lg border border-brand-100 p-5">
      <h2 id="project-export-heading" className="mb-2 text-lg font-semibold">
        {t('project.heading')}
      </h2>
      <p id="project-export-hint" className="mb-3">
        {t('project.hint', { number: revision.number })}
      </p>
      <a href={href} download className={buttonClass('secondary', 'sm')} aria-describedby="project-export-hint">
        {t('project.link')}
      </a>
    </section>
  );
}
