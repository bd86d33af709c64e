import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getPublishedCatalogue } from '@/lib/catalogue/get-published-catalogue';
import { localizeCatalogueText } from '@/lib/catalogue/localize-catalogue-text';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { StandardCard } from '@/components/catalogue/standard-card';
import { TopicHeading } from '@/components/catalogue/topic-heading';

/**
 * The same bytes for every visitor per language and catalogue version: rendered on the first
 * request (the build has no database) and then served from Next's cache. A catalogue
 * publication calls `revalidatePath('/[locale]/standards', 'page')`; other server processes
 * re-render within `revalidate` seconds (ADR 011).
 */
export const dynamic = 'error';
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'standards' });
  return { title: t('title') };
}

/** The published standards catalogue: public, no sign-in needed. */
export default async function StandardsPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  const [t, format, locale, catalogue] = await Promise.all([
    getTranslations('standards'),
    getFormatter(),
    getLocale(),
    getPublishedCatalogue(),
  ]);
  if (!catalogue) {
    return (
      <>
        <h1 className="mb-4 text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p>{t('notPublished')}</p>
      </>
    );
  }
  const english = locale === 'en';
  const title = localizeCatalogueText({ locale, de: catalogue.title, en: catalogue.titleEn });
  const heading = localizeCatalogueText({ locale, de: catalogue.heading, en: catalogue.headingEn });
  const count = catalogue.phases.flatMap((phase) => phase.topics.flatMap((topic) => topic.standards)).length;

  return (
    <>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{t('title')}</p>
      <h1 className="mb-2 text-3xl font-bold text-brand-900" lang={title.lang}>
        {title.text}
      </h1>
      <p className="mb-1 text-lg" lang={heading.lang}>
        {heading.text}
      </p>
      {catalogue.publishedAt && (
        <p className="mb-1 text-sm text-muted">
          {t('version', { number: catalogue.number, date: format.dateTime(catalogue.publishedAt, { dateStyle: 'long' }) })}
        </p>
      )}
      <p className="mb-6 text-sm text-muted">{t('countSummary', { count, phases: catalogue.phases.length })}</p>
      {english && (
        <p className="mb-6 rounded bg-brand-50 p-3 text-sm" data-testid="translation-notice">
          {t('translationNotice')}
        </p>
      )}

      <nav aria-labelledby="toc-heading" className="mb-10 rounded-lg bg-brand-50 p-5">
        <h2 id="toc-heading" className="mb-2 text-xl font-semibold text-brand-900">
          {t('toc')}
        </h2>
        <ol className="list-decimal space-y-1 pl-6">
          {catalogue.phases.map((phase) => (
            <li key={phase.id}>
              <a href={`#${phase.key.toLowerCase()}`} className="text-brand-800 underline">
                {english && phase.titleEn ? phase.titleEn : phase.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      {catalogue.phases.map((phase) => (
        <section key={phase.id} id={phase.key.toLowerCase()} aria-labelledby={`${phase.key}-title`} className="mb-12">
          <h2 id={`${phase.key}-title`} className="mb-6 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-900">
            {english && phase.titleEn ? phase.titleEn : phase.title}
          </h2>
          {phase.topics.map((topic) => (
            <section key={topic.id} className="mb-8">
              <TopicHeading locale={locale} topic={topic} className="mb-4 text-xl font-semibold text-brand-900" />
              <div className="space-y-6">
                {topic.standards.map((standard) => (
                  <StandardCard key={standard.key} standard={standard} />
                ))}
              </div>
            </section>
          ))}
        </section>
      ))}
    </>
  );
}
