import { getLocale, getTranslations } from 'next-intl/server';
import { StandardCardView, type StandardTexts } from '@/components/catalogue/standard-card-view';

/** The words around a standard in the reader's language (server side). */
export async function standardLabels(number: number) {
  const t = await getTranslations('standards');
  return { standard: t('standardLabel', { number }), objective: t('objective'), information: t('information'), noInformation: t('noInformation') };
}

/** One standard of the public catalogue; English texts when English is selected (German where none). */
export async function StandardCard({ standard }: { standard: StandardTexts }) {
  const [labels, locale] = await Promise.all([standardLabels(standard.number), getLocale()]);
  return <StandardCardView standard={standard} locale={locale} labels={labels} />;
}
