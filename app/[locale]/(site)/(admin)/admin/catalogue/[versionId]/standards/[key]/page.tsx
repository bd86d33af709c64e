import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { getDraftStandard } from '@/lib/catalogue/get-draft-standard';
import { orNotFound } from '@/lib/forms/or-not-found';
import { PageHeader } from '@/components/ui/page-header';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ChangeBadge } from '@/components/catalogue/change-badge';
import { StandardCardView } from '@/components/catalogue/standard-card-view';
import { RetireToggle } from '@/components/catalogue-admin/retire-toggle';
import { StandardEditor } from '@/components/catalogue-admin/standard-editor';
import { retireStandardAction, updateStandardAction } from './actions';

type Params = Promise<{ versionId: string; key: string }>;

const loadStandard = cache((versionId: string, key: string) => getDraftStandard({ versionId, key }));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { versionId, key } = await params;
  const t = await getTranslations('catalogueAdmin');
  const found = await loadStandard(versionId, key).catch(() => null);
  return { title: found ? t('standardPageTitle', { number: found.standard.number, version: found.version.number }) : t('title') };
}

/** The words around a standard's texts in one language, for the preview (as /standards shows them). */
async function previewLabels(locale: 'de' | 'en', number: number) {
  const t = await getTranslations({ locale, namespace: 'standards' });
  return { standard: t('standardLabel', { number }), objective: t('objective'), information: t('information'), noInformation: t('noInformation') };
}

/**
 * One standard of a catalogue version (/admin/catalogue/[versionId]/standards/[key]): in a draft
 * its edit form with the live preview, and „entfällt“ / „Wieder aufnehmen“; in a published
 * version its texts, read-only.
 */
export default async function DraftStandardPage({ params }: { params: Params }) {
  await requirePermission('catalogue:manage');
  const { versionId, key } = await params;
  const [t, td, { version, topic, standard }] = await Promise.all([
    getTranslations('catalogueAdmin'),
    getTranslations('catalogueDiff'),
    orNotFound(loadStandard(versionId, key)),
  ]);
  const [de, en] = await Promise.all([previewLabels('de', standard.number), previewLabels('en', standard.number)]);
  const draft = version.status === 'DRAFT';

  return (
    <ClientMessages namespaces={['catalogueAdmin']}>
      <p className="mb-2">
        <Link href={`/admin/catalogue/${versionId}`} className="text-brand-800 underline">
          {draft ? t('backToDraft', { number: version.number }) : t('backToVersion', { number: version.number })}
        </Link>
      </p>
      <PageHeader title={draft ? t('editStandard', { number: standard.number }) : t('standardLabel', { number: standard.number })}>
        <p className="text-muted">
          {draft ? t('editorTitle', { number: version.number }) : t('publishedTitle', { number: version.number })} · {topic.phase.title} · {topic.heading}
        </p>
      </PageHeader>
      {standard.retired && (
        <div className="mb-6 flex flex-wrap items-center gap-3 rounded border-l-4 border-red-800 bg-red-50 p-3" data-testid="retired-notice">
          <ChangeBadge change="retired" label={td('badge.retired')} />
          <p>{t('retiredNotice')}</p>
        </div>
      )}
      {draft ? (
        <>
          <StandardEditor standard={standard} labels={{ de, en }} action={updateStandardAction.bind(null, versionId)} />
          <section aria-labelledby="retire-heading" className="mt-10 rounded-lg border border-brand-100 p-4">
            <h2 id="retire-heading" className="mb-2 text-xl font-semibold text-brand-900">
              {standard.retired ? t('restoreHeading') : t('retireHeading')}
            </h2>
            <p className="mb-3">{standard.retired ? t('restoreHint') : t('retireHint')}</p>
            <RetireToggle standardKey={standard.key} retired={standard.retired} action={retireStandardAction.bind(null, versionId)} />
          </section>
        </>
      ) : (
        <div className="grid gap-8 lg:grid-cols-2">
          <section aria-labelledby="german-heading" className="min-w-0">
            <h2 id="german-heading" className="mb-3 text-xl font-semibold text-brand-900">
              {t('previewGerman')}
            </h2>
            <div lang="de">
              <StandardCardView standard={standard} locale="de" labels={de} idPrefix="de-" headingLevel={3} />
            </div>
          </section>
          <section aria-labelledby="english-heading" className="min-w-0">
            <h2 id="english-heading" className="mb-3 text-xl font-semibold text-brand-900">
              {t('previewEnglish')}
            </h2>
            <div lang="en">
              <StandardCardView standard={standard} locale="en" labels={en} idPrefix="en-" headingLevel={3} />
            </div>
          </section>
        </div>
      )}
    </ClientMessages>
  );
}
