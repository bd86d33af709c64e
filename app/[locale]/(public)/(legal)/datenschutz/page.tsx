import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeParams, pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { LegalPageView } from '@/components/legal/legal-page';

/** Rendered at build time, once per language (the text is a file of the build: lib/legal/content). */
export const dynamic = 'error';
export const generateStaticParams = localeParams;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'shell' });
  return { title: t('privacy') };
}

export default async function DatenschutzPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  return <LegalPageView page="datenschutz" />;
}
