import { getTranslations } from 'next-intl/server';
import { STANDARD_TEXT_FIELDS } from '@/lib/catalogue/catalogue-text';
import type { CatalogueDiff as CatalogueDiffData, StandardDiff } from '@/lib/catalogue/diff-catalogue-versions';
import { ChangeBadge } from '@/components/catalogue/change-badge';
import { WordDiff } from '@/components/ui/word-diff';

/**
 * What changed between two catalogue versions (lib/catalogue/diff-catalogue-versions.ts): the
 * counts on top („n neu · n geändert · n entfällt · n unverändert“), changed phase titles and topic
 * headings, and per standard its badge and a word-level diff of every changed text (German and
 * English). Server component, messages `catalogueDiff` (nothing reaches the browser).
 *
 * Options for other pages (e.g. an applicant whose draft revision is on an older version):
 * `onlyChanged` (default true) leaves unchanged standards out, `keys` limits the standards shown,
 * `showHeadings` the phase/topic changes, `headingLevel` fits the headings into the page's outline,
 * `showSummary` the counts line.
 */
export async function CatalogueDiff({
  diff,
  onlyChanged = true,
  keys,
  showHeadings = true,
  showSummary = true,
  headingLevel = 2,
}: {
  diff: CatalogueDiffData;
  onlyChanged?: boolean;
  keys?: readonly string[];
  showHeadings?: boolean;
  showSummary?: boolean;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations('catalogueDiff');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  const labels = { added: t('added'), removed: t('removed') };
  const standards = diff.standards.filter((standard) => (!onlyChanged || standard.change !== 'unchanged') && (!keys || keys.includes(standard.key)));
  const headings = showHeadings ? diff.headings : [];
  const nothing = diff.counts.new + diff.counts.changed + diff.counts.retired + diff.counts.headings === 0;

  return (
    <div className="space-y-6" data-testid="catalogue-diff">
      {showSummary && (
        <div className="rounded-lg bg-brand-50 p-4">
          <p className="font-semibold">{t('summary', { from: diff.from.number, to: diff.to.number })}</p>
          <p data-testid="catalogue-diff-counts">{t('counts', diff.counts)}</p>
          {diff.counts.headings > 0 && <p>{t('headingCount', { count: diff.counts.headings })}</p>}
        </div>
      )}
      {nothing && <p>{t('none', { from: diff.from.number })}</p>}

      {headings.length > 0 && (
        <section aria-labelledby="catalogue-diff-headings" className="space-y-3">
          <Heading id="catalogue-diff-headings" className="text-xl font-semibold text-brand-900">
            {t('headingsTitle')}
          </Heading>
          <ul className="space-y-3">
            {headings.map((heading) => (
              <li key={`${heading.kind}-${heading.phase}-${heading.position}`} className="rounded border border-brand-100 p-3">
                <p className="mb-1 flex flex-wrap items-center gap-2 font-semibold">
                  <span>{heading.kind === 'phase' ? t('phase') : t('topic')}</span>
                  <ChangeBadge change="changed" label={t('badge.changed')} />
                </p>
                {heading.heading && (
                  <div>
                    <p className="text-sm font-semibold">{t('fields.heading')}</p>
                    <WordDiff parts={heading.heading} labels={labels} lang="de" />
                  </div>
                )}
                {heading.headingEn && (
                  <div className="mt-1">
                    <p className="text-sm font-semibold">{t('fields.headingEn')}</p>
                    <WordDiff parts={heading.headingEn} labels={labels} lang="en" />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {standards.length > 0 && (
        <ul className="space-y-4">
          {standards.map((standard) => (
            <li key={standard.key}>
              <StandardChange standard={standard} SubHeading={SubHeading} labels={labels} t={t} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function StandardChange({
  standard,
  SubHeading,
  labels,
  t,
}: {
  standard: StandardDiff;
  SubHeading: 'h3' | 'h4';
  labels: { added: string; removed: string };
  t: Awaited<ReturnType<typeof getTranslations<'catalogueDiff'>>>;
}) {
  // A retired standard: its text says which one it was; its details go with it.
  const fields = STANDARD_TEXT_FIELDS.filter((field) => standard.fields[field] && (standard.change !== 'retired' || field === 'text'));
  return (
    <article aria-labelledby={`diff-${standard.key}`} className="rounded-lg border border-brand-100 p-4" data-testid={`diff-${standard.key}`}>
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <SubHeading id={`diff-${standard.key}`} className="text-lg font-semibold text-brand-900">
          {t('standard', { number: standard.number })}
        </SubHeading>
        <ChangeBadge change={standard.change} label={t(`badge.${standard.change}`)} />
      </div>
      {fields.length === 0 && <p className="text-sm text-muted">{t('unchanged')}</p>}
      {fields.map((field) => (
        <div key={field} className="mb-2">
          <p className="text-sm font-semibold">{t(`fields.${field}`)}</p>
          <WordDiff parts={standard.fields[field]!} labels={labels} lang={field.endsWith('En') ? 'en' : 'de'} />
        </div>
      ))}
    </article>
  );
}
