import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { listOrganisations } from '@/lib/organisations/list-organisations';
import { PageHeader } from '@/components/ui/page-header';
import { OrganisationSearch } from '@/components/organisations/organisation-search';
import { OrganisationTable } from '@/components/organisations/organisation-table';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('adminOrganisations');
  return { title: t('title') };
}

/** „Organisationen“ (administrators): every organisation, searched by name and paged through the URL. */
export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission('organisations:manage');
  const [t, query] = await Promise.all([getTranslations('adminOrganisations'), searchParams]);
  const list = await listOrganisations({ actor, query });
  return (
    <>
      <PageHeader title={t('title')}>
        <p className="max-w-3xl">{t('intro')}</p>
      </PageHeader>
      <OrganisationSearch query={list.filters} />
      {list.total === 0 ? (
        <div className="rounded border border-gray-300 bg-brand-50 p-6">
          <p className="font-semibold">{t('empty')}</p>
        </div>
      ) : (
        <OrganisationTable list={list} />
      )}
    </>
  );
}
