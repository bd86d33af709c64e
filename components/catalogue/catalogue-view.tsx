import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { PublishedCatalogue } from '@/lib/catalogue/get-published-catalogue';
import type { PublishedVersionItem } from '@/lib/catalogue/list-published-versions';
import { localizeCatalogueText } from '@/lib/catalogue/localize-catalogue-text';
import { StandardCard } from '@/components/catalogue/standard-card';
import { TopicHeading } from '@/components/catalogue/topic-heading';

/** The address of a published version's catalogue: the newest at /standards, earlier ones with their number. */
export function catalogueHref(number: number, newest: number): string {
  return number === newest ? '/standards' : `/standards?version=${number}`;
}

/**
 * A published catalogue version as the public reads it (/standards, /standards?version=n): title,
 * version and change note, contents, every phase with its topics and standards, and the list of
 * published versions with links. Server component; the same for every visitor per language.
 */
export async function CatalogueView({ catalogue, versions }: { catalogue: PublishedCatalogue; versions: PublishedVersionItem[] }) {
  const [t, format, locale] = await Promise.all([getTranslations('standards'), getFormatter(), getLocale()]);
  const english = locale === 'en';
  const newest = versions[0]?.number ?? catalogue.number;
  const title = localizeCatalogueText({ locale, de: catalogue.title, en: catalogue.titleEn });
  const heading = localizeCatalogueText({ locale, de: catalogue.heading, en: catalogue.headingEn });
  const count = catalogue.phases.flatMap((phase) => phase.topics.flatMap((topic) => topic.standards)).length;
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: 'long' }) : '');

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
        <p className="mb-1 text-sm text-muted" data-testid="catalogue-version">
          {t('version', { number: catalogue.number, date: date(catalogue.publishedAt) })}
        </p>
      )}
      {catalogue.changeNote && (
        <p className="mb-1 text-sm text-muted">
          {t('changeNote')} <span lang="de">{catalogue.changeNote}</span>
        </p>
      )}
      <p className="mb-6 text-sm text-muted">{t('countSummary', { count, phases: catalogue.phases.length })}</p>
      {catalogue.number !== newest && (
        <p className="mb-6 rounded border-l-4 border-brand-700 bg-brand-50 p-3" data-testid="older-version-notice">
          {t('olderVersion', { number: catalogue.number, newest })}{' '}
          <a href="/standards" className="font-semibold text-brand-800 underline">
            {t('toNewest')}
          </a>
        </p>
      )}
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
          {versions.length > 1 && (
            <li>
              <a href="#versions" className="text-brand-800 underline">
                {t('versions')}
              </a>
            </li>
          )}
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

      {versions.length > 1 && (
        <section id="versions" aria-labelledby="versions-heading" className="mb-8 scroll-mt-4">
          <h2 id="versions-heading" className="mb-3 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-900">
            {t('versions')}
          </h2>
          <ul className="space-y-3">
            {versions.map((version) => (
              <li key={version.number}>
                {version.number === catalogue.number ? (
                  <span className="font-semibold" aria-current="page">
                    {t('versionLink', { number: version.number, date: date(version.publishedAt) })}
                  </span>
                ) : (
                  <a href={catalogueHref(version.number, newest)} className="font-semibold text-brand-800 underline">
                    {t('versionLink', { number: version.number, date: date(version.publishedAt) })}
                  </a>
                )}
                {version.number === newest && <span> {t('current')}</span>}
                {version.changeNote && (
                  <p className="text-sm text-muted" lang="de">
                    {version.changeNote}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
