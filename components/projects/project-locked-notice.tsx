import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/**
 * Instead of an edit form when the project can no longer be changed: the notice and a link back
 * to the project (its edit page and the company pages).
 */
export async function ProjectLockedNotice({ project }: { project: { id: string; title: string } }) {
  const t = await getTranslations('projects');
  return (
    <>
      <p className="mb-6 rounded border-l-4 border-brand-700 bg-brand-50 p-4" data-testid="project-locked">
        {t('detail.locked')}
      </p>
      <Link href={`/projects/${project.id}`} className="text-brand-800 underline">
        {project.title}
      </Link>
    </>
  );
}
