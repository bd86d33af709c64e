import { getLocale, getTranslations } from 'next-intl/server';
import { RichText } from '@/components/catalogue/rich-text';
import { CompletenessBadge } from '@/components/assessment/completeness-badge';
import { localizeCatalogueText } from '@/lib/catalogue/localize-catalogue-text';
import { StandardDetails, type StandardTexts } from '@/components/catalogue/standard-details';


/**
 * One standard of the self-assessment: its text (English when English is selected and
 * translated, German otherwise), details on demand, and the answer below.
 */
export async function StandardBlock({ standard, children }: { standard: StandardTexts; children: React.ReactNode }) {
  const [t, locale] = await Promise.all([getTranslations('assessment'), getLocale()]);
  const text = localizeCatalogueText({ locale, de: standard.text, en: standard.textEn });
  return (
    <section id={standard.key} aria-labelledby={`${standard.key}-heading`} className="standard-card">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h4 id={`${standard.key}-heading`} className="text-lg font-semibold text-brand-900">
          {t('standardLabel', { number: standard.number })}
        </h4>
        <CompletenessBadge standardKey={standard.key} />
      </div>
      <RichText text={text.text} lang={text.lang} className="mb-3" />
      <details className="mb-4 rounded bg-brand-50 p-3 text-sm">
        <summary className="cursor-pointer font-semibold text-brand-900">{t('details')}</summary>
        <StandardDetails standard={standard} className="mt-2 space-y-2" />
      </details>
      {children}
    </section>
  );
}
