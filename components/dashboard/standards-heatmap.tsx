import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { localizeCatalogueText } from '@/lib/catalogue/localize-catalogue-text';
import type { DashboardHeatmap } from '@/lib/insight/get-dashboard';
import type { StandardSummary } from '@/lib/insight/get-dashboard-figures';
import { STATUS_SEVERITY, type AnswerStatus, type HeatmapCell } from '@/lib/insight/get-heatmap-columns';
import { HeatmapCells, type CellKind } from '@/components/dashboard/heatmap-cells';

/**
 * The CSS class of each status (app/globals.css, `.heatmap .e` …): one letter, because a page
 * has up to 1,100 cells. Colour AND letter, always; `x`: no answer.
 */
const CELL_CLASS = {
  OPEN: 'o',
  FULFILLED: 'e',
  PARTIALLY_FULFILLED: 't',
  NOT_FULFILLED: 'n',
  NOT_APPLICABLE: 'z',
} as const satisfies Record<AnswerStatus, string>;

const SHARES = [
  ['NOT_FULFILLED', 'notFulfilled'],
  ['PARTIALLY_FULFILLED', 'partiallyFulfilled'],
  ['NOT_APPLICABLE', 'notApplicable'],
] as const satisfies readonly (readonly [AnswerStatus, keyof StandardSummary])[];

/**
 * The heatmap: standards (rows, grouped by phase and topic) × one page of projects or
 * organisations (columns), a real table — row and column headers name every cell for screen
 * readers — in its own keyboard-reachable, labelled scroll region (the page never scrolls
 * sideways). Each cell: colour AND letter AND (for screen readers) the status word; for an
 * officer a project's cell links to that standard on the review page. Three summary columns per
 * standard: the shares „Nicht erfüllt“, „Teilweise erfüllt“, „Nicht zutreffend“ over every
 * selected project. The cells themselves are rendered by HeatmapCells from indexes into the
 * page's kinds of cell (docs/decisions/029-dashboard.md, „Performance“).
 */
export async function StandardsHeatmap({ heatmap, summary, columns, canReview }: { heatmap: DashboardHeatmap; summary: Record<string, StandardSummary>; columns: 'projects' | 'organisations'; canReview: boolean }) {
  const [t, ta, format, locale] = await Promise.all([getTranslations('dashboard'), getTranslations('assessment'), getFormatter(), getLocale()]);
  const word = Object.fromEntries(STATUS_SEVERITY.map((status) => [status, ta(`answerStatus.${status}`)])) as Record<AnswerStatus, string>;
  const letter = Object.fromEntries(STATUS_SEVERITY.map((status) => [status, t(`letters.${status}`)])) as Record<AnswerStatus, string>;
  const span = 1 + SHARES.length + heatmap.columns.length;
  const share = (value: number, total: number) => (total === 0 ? t('heatmap.noShare') : format.number(value / total, { style: 'percent', maximumFractionDigits: 0 }));

  // The cells, the bulk of the page (50 × 22): each row goes to HeatmapCells as indexes into
  // the few kinds of cell the page has (a status; for organisations a status with its count),
  // formatted here once, so the RSC payload carries a number per cell instead of its markup.
  const kinds: CellKind[] = [];
  const kindIndex = new Map<string, number>();
  const kindOf = (value: HeatmapCell | undefined): number => {
    const id = value === undefined ? '' : columns === 'organisations' ? `${value.status} ${value.count} ${value.of}` : value.status;
    let index = kindIndex.get(id);
    if (index === undefined) {
      index = kinds.length;
      kindIndex.set(id, index);
      if (value === undefined) kinds.push({ c: 'x', l: '–', w: t('heatmap.noAnswer') });
      else if (columns === 'organisations') {
        kinds.push({ c: CELL_CLASS[value.status], l: letter[value.status], n: `${value.count}/${value.of}`, w: t('heatmap.orgCell', { status: word[value.status], count: value.count, of: value.of }) });
      } else kinds.push({ c: CELL_CLASS[value.status], l: letter[value.status], w: word[value.status], a: true });
    }
    return index;
  };
  const ids = canReview && columns === 'projects' ? heatmap.columns.map((column) => column.id) : null;
  // Every row's indexes before rendering: `kinds` is complete when the rows share it.
  const rowCells = new Map(heatmap.phases.flatMap((phase) => phase.topics.flatMap((topic) => topic.standards.map(({ key }) => [key, heatmap.columns.map((column) => kindOf(column.cells[key]))] as const))));

  return (
    <>
      <a href="#heatmap-end" className="sr-only focus:not-sr-only focus:mb-2 focus:inline-block focus:underline">
        {t('heatmap.skip')}
      </a>
      <div role="region" aria-labelledby="heatmap-caption" tabIndex={0} className="heatmap-scroll">
        <table className="heatmap">
          <caption id="heatmap-caption" className="mb-2 text-left font-semibold">
            {t(`heatmap.caption.${columns}`, { version: heatmap.versionNumber ?? 0, shown: heatmap.columns.length, total: heatmap.columnCount })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="hm-corner">
                {t('heatmap.standard')}
              </th>
              {SHARES.map(([status]) => (
                <th key={status} scope="col" className="hm-share">
                  <span aria-hidden="true">{t('heatmap.shareShort', { letter: letter[status] })}</span>
                  <span className="sr-only">{t('heatmap.share', { status: word[status] })}</span>
                </th>
              ))}
              {heatmap.columns.map((column) => (
                <th key={column.id} scope="col" className="hm-col">
                  <span>
                    {canReview && columns === 'projects' ? <a href={`/review/${column.id}`}>{column.label}</a> : column.label}
                    {columns === 'organisations' && <span className="sr-only"> ({t('heatmap.projects', { count: column.projects })})</span>}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          {heatmap.phases.map((phase) =>
            phase.topics.map((topic, topicIndex) => {
              const phaseTitle = localizeCatalogueText({ locale, de: phase.title, en: phase.titleEn });
              const heading = localizeCatalogueText({ locale, de: topic.heading, en: topic.headingEn });
              return (
                <tbody key={topic.id}>
                  {topicIndex === 0 && (
                    <tr>
                      <th scope="rowgroup" colSpan={span} className="hm-phase">
                        <span lang={phaseTitle.lang}>{phaseTitle.text}</span>
                      </th>
                    </tr>
                  )}
                  <tr>
                    <th scope="rowgroup" colSpan={span} className="hm-topic">
                      <span lang={heading.lang}>{heading.text}</span>
                    </th>
                  </tr>
                  {topic.standards.map((standard) => {
                    const shares = summary[standard.key] ?? { total: 0, notFulfilled: 0, partiallyFulfilled: 0, notApplicable: 0 };
                    return (
                      <tr key={standard.key}>
                        <th scope="row" className="hm-row">
                          {t('heatmap.standardLabel', { number: standard.number })}
                        </th>
                        {SHARES.map(([status, field]) => (
                          <td key={status} className="hm-sum">
                            {share(shares[field], shares.total)}
                          </td>
                        ))}
                        <HeatmapCells kinds={kinds} ids={ids} cells={rowCells.get(standard.key)!} target={`${phase.slug}#${standard.key}`} />
                      </tr>
                    );
                  })}
                </tbody>
              );
            }),
          )}
        </table>
      </div>
      <span id="heatmap-end" tabIndex={-1} />
    </>
  );
}
