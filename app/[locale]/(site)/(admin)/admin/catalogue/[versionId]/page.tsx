import type { Metadata } from 'next';
import { cache } from 'react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { getCatalogueEditor } from '@/lib/catalogue/get-catalogue-editor';
import { orNotFound } from '@/lib/forms/or-not-found';
import { PageHeader } from '@/components/ui/page-header';
import { buttonClass } from '@/components/ui/button-classes';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ChangeBadge } from '@/components/catalogue/change-badge';
import { AddStandardForm } from '@/components/catalogue-admin/add-standard-form';
import { DiscardDraftButton } from '@/components/catalogue-admin/discard-draft-button';
import { HeadingForm } from '@/components/catalogue-admin/heading-form';
import { MoveButtons } from '@/components/catalogue-admin/move-buttons';
import { addStandardAction, discardDraftAction, moveStandardAction, updateHeadingAction } from './actions';

type Params = Promise<{ versionId: string }>;

/** Metadata and page read the version once per request. */
const loadEditor = cache((versionId: string) => getCatalogueEditor({ versionId }));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations('catalogueAdmin');
  const editor = await loadEditor((await params).versionId).catch(() => null);
  if (!editor) return { title: t('title') };
  return { title: editor.status === 'DRAFT' ? t('editorTitle', { number: editor.number }) : t('publishedTitle', { number: editor.number }) };
}

/**
 * A catalogue version's structure (/admin/catalogue/[versionId]): for the draft the editor's
 * overview — phase titles and topic headings to edit, per topic its standards (link to each
 * one's edit page, what changed, „Nach oben“/„Nach unten“), „Standard hinzufügen“, „Entwurf
 * verwerfen“; a published version read-only.
 */
export default async function CatalogueEditorPage({ params }: { params: Params }) {
  await requirePermission('catalogue:manage');
  const { versionId } = await params;
  const [t, td, editor] = await Promise.all([getTranslations('catalogueAdmin'), getTranslations('catalogueDiff'), orNotFound(loadEditor(versionId))]);
  const draft = editor.status === 'DRAFT';
  const headingAction = updateHeadingAction.bind(null, versionId);
  const moveAction = moveStandardAction.bind(null, versionId);
  const allStandards = editor.phases.flatMap((phase) => phase.topics.flatMap((topic) => topic.standards));
  const nextNumber = Math.max(0, ...allStandards.map((standard) => standard.number)) + 1;

  return (
    <ClientMessages namespaces={['catalogueAdmin']}>
      <p className="mb-2">
        <Link href="/admin/catalogue" className="text-brand-800 underline">
          {t('backToList')}
        </Link>
      </p>
      <PageHeader title={draft ? t('editorTitle', { number: editor.number }) : t('publishedTitle', { number: editor.number })}>
        <p>{draft ? t('editorIntro') : t('publishedIntro')}</p>
        {editor.base && <p className="text-sm text-muted">{t('basedOn', { number: editor.base.number })}</p>}
      </PageHeader>

      {editor.base && editor.counts && (
        <div className="mb-8 flex flex-wrap items-center gap-4 rounded-lg bg-brand-50 p-4">
          <p data-testid="editor-counts">{td('counts', editor.counts)}</p>
          <Link href={`/admin/catalogue/${versionId}/diff`} className={buttonClass(draft ? 'primary' : 'secondary', 'sm')}>
            {draft ? t('reviewAndPublish') : t('viewChanges', { number: editor.number })}
          </Link>
        </div>
      )}

      {editor.phases.map((phase) => (
        <section key={phase.id} aria-labelledby={`phase-${phase.id}`} className="mb-10">
          <h2 id={`phase-${phase.id}`} className="border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-900">
            {phase.title}
          </h2>
          {draft && (
            <details className="mt-2">
              <summary className="cursor-pointer text-brand-800 underline">
                {t('editPhaseTitle')}
                <span className="sr-only">: {phase.title}</span>
              </summary>
              <HeadingForm kind="phase" id={phase.id} initial={{ heading: phase.title, headingEn: phase.titleEn, lockVersion: phase.lockVersion }} action={headingAction} />
            </details>
          )}
          {phase.topics.map((topic) => {
            const visible = topic.standards.filter((standard) => !standard.retired);
            return (
              <section key={topic.id} aria-labelledby={`topic-${topic.id}`} className="mt-6">
                <h3 id={`topic-${topic.id}`} className="text-xl font-semibold text-brand-900">
                  {topic.heading}
                </h3>
                {draft && (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-brand-800 underline">
                      {t('editTopicHeading')}
                      <span className="sr-only">: {topic.heading}</span>
                    </summary>
                    <HeadingForm kind="topic" id={topic.id} initial={{ heading: topic.heading, headingEn: topic.headingEn, lockVersion: topic.lockVersion }} action={headingAction} />
                  </details>
                )}
                <ol className="mt-3 space-y-2">
                  {topic.standards.map((standard) => {
                    const change = editor.changes[standard.key];
                    const index = visible.findIndex((candidate) => candidate.key === standard.key);
                    return (
                      <li key={standard.key} className="rounded border border-brand-100 p-3" data-testid={`editor-${standard.key}`}>
                        <div className="flex flex-wrap items-center gap-2">
                          <Link href={`/admin/catalogue/${versionId}/standards/${standard.key}`} className="font-semibold text-brand-800 underline">
                            {draft ? t('editStandard', { number: standard.number }) : t('standardLabel', { number: standard.number })}
                          </Link>
                          {standard.retired ? (
                            <ChangeBadge change="retired" label={td('badge.retired')} />
                          ) : (
                            change && change !== 'unchanged' && <ChangeBadge change={change} label={td(`badge.${change}`)} />
                          )}
                        </div>
                        <p className={`mt-1 line-clamp-2 text-sm break-words ${standard.retired ? 'text-muted line-through' : ''}`} lang="de">
                          {standard.firstLine}
                        </p>
                        {draft && !standard.retired && (
                          <div className="mt-2">
                            <MoveButtons
                              standardKey={standard.key}
                              number={standard.number}
                              index={index}
                              first={index === 0}
                              last={index === visible.length - 1}
                              action={moveAction}
                            />
                          </div>
                        )}
                      </li>
                    );
                  })}
                </ol>
              </section>
            );
          })}
        </section>
      ))}

      {draft && (
        <>
          <section aria-labelledby="add-heading" className="mb-10 rounded-lg border border-brand-100 p-4">
            <h2 id="add-heading" className="text-xl font-semibold text-brand-900">
              {t('addStandard')}
            </h2>
            <AddStandardForm
              versionId={versionId}
              nextNumber={nextNumber}
              topics={editor.phases.flatMap((phase) => phase.topics.map((topic) => ({ id: topic.id, label: `${phase.title} – ${topic.heading}` })))}
              action={addStandardAction.bind(null, versionId)}
            />
          </section>
          <section aria-labelledby="discard-heading" className="mb-6">
            <h2 id="discard-heading" className="mb-2 text-xl font-semibold text-brand-900">
              {t('discardHeading')}
            </h2>
            <p className="mb-3">{t('discardHint')}</p>
            <DiscardDraftButton action={discardDraftAction.bind(null, versionId)} />
          </section>
        </>
      )}
    </ClientMessages>
  );
}
