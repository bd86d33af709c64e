import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { listProjects } from '@/lib/projects/list-projects';
import { PageHeader } from '@/components/ui/page-header';
import { ProjectTable } from '@/components/projects/project-table';
import { BUTTON_PRIMARY } from '@/components/ui/button-classes';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('projects');
  return { title: t('title') };
}

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission('project:read');
  const [t, query] = await Promise.all([getTranslations('projects'), searchParams]);
  const list = await listProjects({ actor, query });
  return (
    <>
      <PageHeader title={t('title')}>
        <p>{t('intro')}</p>
      </PageHeader>
      <p className="mb-6">
        <Link href="/projects/new" className={BUTTON_PRIMARY}>
          {t('newProject')}
        </Link>
      </p>
      {list.total === 0 ? (
        <div className="rounded border border-gray-300 bg-brand-50 p-6">
          <p className="font-semibold">{t('empty')}</p>
          <p>{t('emptyHint')}</p>
        </div>
      ) : (
        <ProjectTable list={list} />
      )}
    </>
  );
}
