import { getTranslations } from 'next-intl/server';
import { RichText } from '@/components/catalogue/rich-text';

type StandardView = {
  key: string;
  number: number;
  text: string;
  objective: string;
  information: string | null;
};

export async function StandardCard({ standard }: { standard: StandardView }) {
  const t = await getTranslations('standards');
  const headingId = `${standard.key}-heading`;
  return (
    <article id={standard.key} aria-labelledby={headingId} className="rounded-lg border border-brand-100 p-5 shadow-sm">
      <h4 id={headingId} className="mb-3 text-lg font-semibold text-brand-900">
        {t('standardLabel', { number: standard.number })}
      </h4>
      <div lang="de">
        <RichText text={standard.text} className="mb-4" />
      </div>
      <dl className="space-y-3 text-sm">
        <div>
          <dt className="font-semibold text-brand-900">{t('objective')}</dt>
          <dd lang="de">
            <RichText text={standard.objective} />
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-brand-900">{t('information')}</dt>
          <dd lang="de">
            {standard.information ? <RichText text={standard.information} /> : <p className="text-muted">{t('noInformation')}</p>}
          </dd>
        </div>
      </dl>
    </article>
  );
}
