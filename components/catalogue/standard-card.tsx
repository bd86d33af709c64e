import { getLocale, getTranslations } from 'next-intl/server';
import { RichText } from '@/components/catalogue/rich-text';
import { localizeCatalogueText } from '@/lib/catalogue/localize-catalogue-text';
import { StandardDetails, type StandardTexts } from '@/components/catalogue/standard-details';

/** One standard of the public catalogue; English texts when English is selected (German where none). */
export async function StandardCard({ standard }: { standard: StandardTexts }) {
  const [t, locale] = await Promise.all([getTranslations('standards'), getLocale()]);
  const headingId = `${standard.key}-heading`;
  const text = localizeCatalogueText({ locale, de: standard.text, en: standard.textEn });
  return (
    <article id={standard.key} aria-labelledby={headingId} className="standard-card">
      <h4 id={headingId} className="mb-3 text-lg font-semibold text-brand-900">
        {t('standardLabel', { number: standard.number })}
      </h4>
      <RichText text={text.text} lang={text.lang} className="mb-4" />
      <StandardDetails standard={standard} className="space-y-3 text-sm" />
    </article>
  );
}
