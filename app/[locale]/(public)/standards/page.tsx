import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getPublishedCatalogue } from '@/lib/catalogue/get-published-catalogue';
import { listPublishedVersions } from '@/lib/catalogue/list-published-versions';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { CatalogueView } from '@/components/catalogue/catalogue-view';

/**
 * The same bytes for every visitor per language and catalogue version: rendered on the first
 * request (the build has no database) and then served from Next's cache. A catalogue
 * publication calls `revalidatePath('/[locale]/(public)/standards', 'page')`; other server processes
 * re-render within `revalidate` seconds (ADR 011). Earlier versions: ./[version]/page.tsx
 * (`/standards?version=1` is rewritten there by next.config.js, so this page never reads the query).
 */
export const dynamic = 'error';
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'standards' });
  return { title: t('title') };
}

/** The newest published standards catalogue: public, no sign-in needed. */
export default async function StandardsPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  const [t, catalogue, versions] = await Promise.all([getTranslations('standards'), getPublishedCatalogue(), listPublishedVersions()]);
  if (!catalogue) {
    return (
      <>
        <h1 className="mb-4 text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p>{t('notPublished')}</p>
      </>
    );
  }
  return <CatalogueView catalogue={catalogue} versions={versions} />;
}
