import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getPublishedCatalogue } from '@/lib/catalogue/get-published-catalogue';
import { listPublishedVersions } from '@/lib/catalogue/list-published-versions';
import { pageLocale } from '@/lib/i18n/page-locale';
import { CatalogueView } from '@/components/catalogue/catalogue-view';

/**
 * A published catalogue version by its number, for everyone: `/standards/1`, and
 * `/standards?version=1`, which next.config.js rewrites here (a page that read the query would be
 * rendered per request; ADR 011). Cached like /standards: rendered on the first request per
 * language and version, refreshed by a publication (`revalidatePath('/[locale]/(public)/standards/[version]', 'page')`,
 * the version list and the notice name the newest) or after `revalidate` seconds. A number that
 * is not a published version answers 404.
 */
export const dynamic = 'error';
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; version: string }>;

/** The version number of the URL segment, or null for anything but a plain positive number. */
function versionNumber(segment: string): number | null {
  return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'standards' });
  const number = versionNumber((await params).version);
  return { title: number ? t('titleOfVersion', { number }) : t('title') };
}

export default async function StandardsVersionPage({ params }: { params: Params }) {
  await pageLocale(params);
  const number = versionNumber((await params).version);
  if (!number) notFound();
  const [catalogue, versions] = await Promise.all([getPublishedCatalogue({ number }), listPublishedVersions()]);
  if (!catalogue) notFound();
  return <CatalogueView catalogue={catalogue} versions={versions} />;
}
