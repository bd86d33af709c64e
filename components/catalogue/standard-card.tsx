import { getLocale, getTranslations } from 'next-intl/server';
import { RichText } from '@/components/catalogue/rich-text';
import { localizeCatalogueText } from '@/lib/catalogue/localize-catalogue-text';

type StandardView = {
  key: string;
  number: number;
  text: string;
  textEn: string | null;
  objective: string;
  objectiveEn: string | null;
  information: string | null;
  informationEn: string | null;
};

/** One standard of the public catalogue; English texts when English is selected (German where none). */
export async function StandardCard({ standard }: { standard: StandardView }) {
  const [t, locale] = await Promise.all([getTranslations('standards'), getLocale()]);
  const headingId = `${standard.key}-heading`;
  const text = localizeCatalogueText({ locale, de: standard.text, en: standard.textEn });
  const objective = localizeCatalogueText({ locale, de: standard.objective, en: standard.objectiveEn });
  const information = standard.information ? localizeCatalogueText({ locale, de: standard.information, en: standard.informationEn }) : null;
  return (
    <article id={standard.key} aria-labelledby={headingId} className="rounded-lg border border-brand-100 p-5 shadow-sm">
      <h4 id={headingId} className="mb-3 text-lg font-semibold text-brand-900">
        {t('standardLabel', { number: standard.number })}
      </h4>
      <div lang={text.lang}>
        <RichText text={text.text} className="mb-4" />
      </div>
      <dl className="space-y-3 text-sm">
        <div>
          <dt className="font-semibold text-brand-900">{t('objective')}</dt>
          <dd lang={objective.lang}>
            <RichText text={objective.text} />
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-brand-900">{t('information')}</dt>
          {information ? (
            <dd lang={information.lang}>
              <RichText text={information.text} />
            </dd>
          ) : (
            <dd>
              <p className="text-muted">{t('noInformation')}</p>
            </dd>
          )}
        </div>
      </dl>
    </article>
  );
}
