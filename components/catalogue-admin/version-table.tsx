import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { CatalogueVersionListItem } from '@/lib/catalogue/list-catalogue-versions';

/**
 * The catalogue versions, newest first: number, status, published at/by, change note, standards,
 * and the way to each (the draft's editor; a published version's changes and its public page).
 * A table from 768 px on; below, one card per version (readable at 320 px without scrolling).
 */
export async function VersionTable({ versions }: { versions: CatalogueVersionListItem[] }) {
  const [t, format] = await Promise.all([getTranslations('catalogueAdmin'), getFormatter()]);
  const newestPublished = versions.find((version) => version.status === 'PUBLISHED')?.number;
  const statusOf = (version: CatalogueVersionListItem) =>
    version.status === 'DRAFT' ? t('status.DRAFT') : version.number === newestPublished ? t('status.CURRENT') : t('status.PUBLISHED');
  const publishedOf = (version: CatalogueVersionListItem) =>
    version.publishedAt
      ? version.publishedByName
        ? t('publishedOnBy', { date: format.dateTime(version.publishedAt, { dateStyle: 'medium' }), name: version.publishedByName })
        : format.dateTime(version.publishedAt, { dateStyle: 'medium' })
      : t('notPublished');
  return (
    <>
      {/* Narrow screens: one card per version (display:none hides the other layout from everyone). */}
      <section aria-labelledby="versions-list-heading" className="md:hidden">
        <h2 id="versions-list-heading" className="mb-2 text-xl font-semibold text-brand-900">
          {t('versionsCaption')}
        </h2>
        <ul className="space-y-3">
          {versions.map((version) => (
            <li key={version.id} className="rounded border border-brand-100 p-3" data-testid={`version-card-${version.number}`}>
              <p className="font-semibold">
                {t('versionNumber', { number: version.number })} · {statusOf(version)}
              </p>
              <dl className="my-2 text-sm">
                <dt className="font-semibold">{t('columns.published')}</dt>
                <dd>{publishedOf(version)}</dd>
                <dt className="mt-1 font-semibold">{t('columns.changeNote')}</dt>
                <dd className="break-words">{version.changeNote ?? t('noChangeNote')}</dd>
              </dl>
              <VersionLinks version={version} newestPublished={newestPublished} t={t} />
            </li>
          ))}
        </ul>
      </section>
      <div role="region" aria-labelledby="versions-caption" tabIndex={0} className="relative hidden overflow-x-auto focus-visible:outline-2 md:block">
        <table className="w-full border-collapse text-left [&_td]:p-2 [&_th]:p-2 [&>tbody>tr]:border-b [&>tbody>tr]:border-b-gray-300 [&>tbody>tr]:align-top">
          <caption id="versions-caption" className="mb-2 text-left text-xl font-semibold text-brand-900">
            {t('versionsCaption')}
          </caption>
          <thead className="border-b-2 border-brand-700 bg-brand-50">
            <tr>
              <th scope="col">{t('columns.version')}</th>
              <th scope="col">{t('columns.status')}</th>
              <th scope="col">{t('columns.published')}</th>
              <th scope="col">{t('columns.changeNote')}</th>
              <th scope="col">{t('columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.id} data-testid={`version-${version.number}`}>
                <th scope="row" className="font-semibold whitespace-nowrap">
                  {t('versionNumber', { number: version.number })}
                  <span className="block text-sm font-normal text-muted">{t('standardCount', { count: version.standardCount })}</span>
                </th>
                <td>{statusOf(version)}</td>
                <td>{publishedOf(version)}</td>
                <td className="min-w-48 break-words">{version.changeNote ?? t('noChangeNote')}</td>
                <td>
                  <VersionLinks version={version} newestPublished={newestPublished} t={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<'catalogueAdmin'>>>;

/** Where to go from a version: the draft's editor and diff; a published version's public page, structure and changes. */
function VersionLinks({ version, newestPublished, t }: { version: CatalogueVersionListItem; newestPublished: number | undefined; t: T }) {
  return (
    <ul className="space-y-1">
      {version.status === 'DRAFT' ? (
        <>
          <li>
            <Link href={`/admin/catalogue/${version.id}`} className="font-semibold text-brand-800 underline">
              {t('editDraft')}
              <span className="sr-only"> ({t('versionNumber', { number: version.number })})</span>
            </Link>
          </li>
          <li>
            <Link href={`/admin/catalogue/${version.id}/diff`} className="text-brand-800 underline">
              {t('reviewAndPublish')}
            </Link>
          </li>
        </>
      ) : (
        <>
          <li>
            <a href={version.number === newestPublished ? '/standards' : `/standards?version=${version.number}`} className="text-brand-800 underline">
              {t('viewPublic', { number: version.number })}
            </a>
          </li>
          <li>
            <Link href={`/admin/catalogue/${version.id}`} className="text-brand-800 underline">
              {t('viewStructure', { number: version.number })}
            </Link>
          </li>
          {version.number > 1 && (
            <li>
              <Link href={`/admin/catalogue/${version.id}/diff`} className="text-brand-800 underline">
                {t('viewChanges', { number: version.number })}
              </Link>
            </li>
          )}
        </>
      )}
    </ul>
  );
}
