import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { diffCatalogueVersions } from '@/lib/catalogue/diff-catalogue-versions';
import { findBaseVersion } from '@/lib/catalogue/find-base-version';
import { getCatalogueVersionSummary } from '@/lib/catalogue/get-catalogue-version-summary';
import { orNotFound } from '@/lib/forms/or-not-found';
import { PageHeader } from '@/components/ui/page-header';
import { ClientMessages } from '@/components/i18n/client-messages';
import { CatalogueDiff } from '@/components/catalogue/catalogue-diff';
import { PublishForm } from '@/components/catalogue-admin/publish-form';
import { publishAction } from './actions';

type Params = Promise<{ versionId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('catalogueAdmin');
  return { title: t('diffMetaTitle') };
}

/**
 * What a catalogue version changes against the published version it was copied from
 * (/admin/catalogue/[versionId]/diff): the CatalogueDiff, „Alle Standards zeigen“ / „Nur geänderte
 * Standards“ (`?all=1`), and for the draft „Veröffentlichen“ with the change note.
 */
export default async function CatalogueDiffPage({ params, searchParams }: { params: Params; searchParams: Promise<{ all?: string }> }) {
  await requirePermission('catalogue:manage');
  const [{ versionId }, { all }] = await Promise.all([params, searchParams]);
  const [t, version] = await Promise.all([getTranslations('catalogueAdmin'), orNotFound(getCatalogueVersionSummary({ versionId }))]);
  const base = await findBaseVersion({ number: version.number });
  const diff = base ? await diffCatalogueVersions({ fromVersionId: base.id, toVersionId: version.id }) : null;
  const draft = version.status === 'DRAFT';
  const showAll = all === '1';

  return (
    <ClientMessages namespaces={['catalogueAdmin']}>
      <p className="mb-2">
        <Link href={`/admin/catalogue/${versionId}`} className="text-brand-800 underline">
          {draft ? t('backToDraft', { number: version.number }) : t('backToVersion', { number: version.number })}
        </Link>
      </p>
      <PageHeader title={t('diffTitle', { number: version.number })}>
        {base && <p>{t('diffIntro', { number: base.number })}</p>}
      </PageHeader>
      {diff ? (
        <>
          <p className="mb-4">
            <Link href={showAll ? `/admin/catalogue/${versionId}/diff` : `/admin/catalogue/${versionId}/diff?all=1`} className="text-brand-800 underline">
              {showAll ? t('onlyChanged') : t('showAll')}
            </Link>
          </p>
          <CatalogueDiff diff={diff} onlyChanged={!showAll} />
        </>
      ) : (
        <p>{t('noBase')}</p>
      )}
      {draft && (
        <section aria-labelledby="publish-heading" className="mt-10 rounded-lg border-2 border-brand-700 p-4">
          <h2 id="publish-heading" className="mb-2 text-2xl font-semibold text-brand-900">
            {t('publishHeading')}
          </h2>
          <p className="mb-4">{t('publishIntro', { number: version.number })}</p>
          <PublishForm number={version.number} action={publishAction.bind(null, versionId)} />
        </section>
      )}
    </ClientMessages>
  );
}
