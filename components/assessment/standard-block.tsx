import { getTranslations } from 'next-intl/server';
import { RichText } from '@/components/catalogue/rich-text';
import { CompletenessBadge } from '@/components/assessment/completeness-badge';

/** One standard of the self-assessment: its text, details on demand, and the answer below. */
export async function StandardBlock({
  standard,
  children,
}: {
  standard: { key: string; number: number; text: string; objective: string; information: string | null };
  children: React.ReactNode;
}) {
  const t = await getTranslations('assessment');
  return (
    <section id={standard.key} aria-labelledby={`${standard.key}-heading`} className="scroll-mt-4 rounded-lg border border-brand-100 p-5 shadow-sm">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h4 id={`${standard.key}-heading`} className="text-lg font-semibold text-brand-900">
          {t('standardLabel', { number: standard.number })}
        </h4>
        <CompletenessBadge standardKey={standard.key} />
      </div>
      <div lang="de" className="mb-3">
        <RichText text={standard.text} />
      </div>
      <details className="mb-4 rounded bg-brand-50 p-3 text-sm">
        <summary className="cursor-pointer font-semibold text-brand-900">{t('details')}</summary>
        <dl className="mt-2 space-y-2">
          <div>
            <dt className="font-semibold">{t('objective')}</dt>
            <dd lang="de">
              <RichText text={standard.objective} />
            </dd>
          </div>
          <div>
            <dt className="font-semibold">{t('information')}</dt>
            <dd lang="de">{standard.information ? <RichText text={standard.information} /> : t('noInformation')}</dd>
          </div>
        </dl>
      </details>
      {children}
    </section>
  );
}
