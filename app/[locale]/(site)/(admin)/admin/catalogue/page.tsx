import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { listCatalogueVersions } from '@/lib/catalogue/list-catalogue-versions';
import { FocusedStatus } from '@/components/ui/focused-status';
import { PageHeader } from '@/components/ui/page-header';
import { ClientMessages } from '@/components/i18n/client-messages';
import { CreateDraftButton } from '@/components/catalogue-admin/create-draft-button';
import { VersionTable } from '@/components/catalogue-admin/version-table';
import { createDraftAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('catalogueAdmin');
  return { title: t('title') };
}

/** „Standardkatalog“ (administrators): the catalogue versions and „Entwurf anlegen“. */
export default async function CatalogueVersionsPage({ searchParams }: { searchParams: Promise<{ published?: string }> }) {
  await requirePermission('catalogue:manage');
  const [t, versions, { published }] = await Promise.all([getTranslations('catalogueAdmin'), listCatalogueVersions(), searchParams]);
  const draft = versions.find((version) => version.status === 'DRAFT');
  const newest = versions.find((version) => version.status === 'PUBLISHED');
  const justPublished = published && versions.some((version) => String(version.number) === published && version.status === 'PUBLISHED') ? published : null;
  return (
    <ClientMessages namespaces={['catalogueAdmin']}>
      <PageHeader title={t('title')}>
        <p>{t('intro')}</p>
      </PageHeader>
      {justPublished && (
        <FocusedStatus className="mb-6 rounded border-l-4 border-green-800 bg-green-50 p-3 font-medium" testId="published-notice">
          {t('publishedNotice', { number: justPublished })}{' '}
          {/* A full page load: the public catalogue is a cached page of its own (ADR 011). */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/standards" className="text-brand-800 underline">
            {t('toPublicCatalogue')}
          </a>
        </FocusedStatus>
      )}
      <section aria-labelledby="draft-heading" className="mb-8 rounded-lg border border-brand-100 p-4">
        <h2 id="draft-heading" className="mb-2 text-xl font-semibold text-brand-900">
          {t('draftHeading')}
        </h2>
        {draft ? (
          <p>
            {t('draftExists', { number: draft.number })}{' '}
            <Link href={`/admin/catalogue/${draft.id}`} className="font-semibold text-brand-800 underline">
              {t('editDraft')}
            </Link>
          </p>
        ) : newest ? (
          <>
            <p className="mb-3">{t('createDraftHint', { number: newest.number })}</p>
            <CreateDraftButton action={createDraftAction} />
          </>
        ) : (
          <p>{t('errors.noPublishedCatalogue')}</p>
        )}
      </section>
      <VersionTable versions={versions} />
    </ClientMessages>
  );
}
