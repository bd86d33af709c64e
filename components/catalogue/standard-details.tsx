import { getLocale } from 'next-intl/server';
import { standardLabels } from '@/components/catalogue/standard-card';
import { StandardDetailsView, type StandardTexts } from '@/components/catalogue/standard-card-view';

export type { StandardTexts };

/** A standard's objective(s) and further information, in the selected language where translated. */
export async function StandardDetails({ standard, className }: { standard: StandardTexts; className?: string }) {
  const [labels, locale] = await Promise.all([standardLabels(standard.number), getLocale()]);
  return <StandardDetailsView standard={standard} locale={locale} labels={labels} className={className} />;
}
