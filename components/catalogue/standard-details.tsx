import { getLocale, getTranslations } from 'next-intl/server';
import { RichText } from '@/components/catalogue/rich-text';
import { localizeCatalogueText } from '@/lib/catalogue/localize-catalogue-text';

/** The texts of a standard as the catalogue and the self-assessment show them. */
export type StandardTexts = {
  key: string;
  number: number;
  text: string;
  textEn: string | null;
  objective: string;
  objectiveEn: string | null;
  information: string | null;
  informationEn: string | null;
};

/** A standard's objective(s) and further information, in the selected language where translated. */
export async function StandardDetails({ standard, className }: { standard: StandardTexts; className?: string }) {
  const [t, locale] = await Promise.all([getTranslations('standards'), getLocale()]);
  const objective = localizeCatalogueText({ locale, de: standard.objective, en: standard.objectiveEn });
  const information = standard.information ? localizeCatalogueText({ locale, de: standard.information, en: standard.informationEn }) : null;
  return (
    <dl className={className}>
      <div>
        <dt className="font-semibold text-brand-900">{t('objective')}</dt>
        <RichText as="dd" text={objective.text} lang={objective.lang} />
      </div>
      <div>
        <dt className="font-semibold text-brand-900">{t('information')}</dt>
        {information ? (
          <RichText as="dd" text={information.text} lang={information.lang} />
        ) : (
          <dd>
            <p className="text-muted">{t('noInformation')}</p>
          </dd>
        )}
      </div>
    </dl>
  );
}
