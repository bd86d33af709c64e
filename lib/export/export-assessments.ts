import { z } from 'zod';
import { db } from '@/lib/db';
import type { ScopeActor } from '@/lib/auth/scope';
import { csvTableStream } from '@/lib/export/csv-table';
import { ASSESSMENT_EXPORT_FORMATS } from '@/lib/export/export-formats';
import { exportTranslator, fileStamp, isKnownRegion, isKnownTargetGroup, standardHeading } from '@/lib/export/export-labels';
import { queryExportAnswers, queryExportRevisions, type ExportRevisionRow } from '@/lib/export/query-export-revisions';
import { mapBatches, type ExportColumn, type ExportFile, type ExportRow, type ExportSheet } from '@/lib/export/table';
import { XLSX_CONTENT_TYPE, xlsxStream } from '@/lib/export/xlsx';
import type { Locale } from '@/lib/i18n/config';
import { listReviewQueueSchema } from '@/lib/review/list-review-queue-schema';
import { reviewQueueCondition } from '@/lib/review/review-queue-condition';


const formatSchema = z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.enum(ASSESSMENT_EXPORT_FORMATS).catch('xlsx'));

/** The standards' columns: every key of every published catalogue version, headed by its newest number and text. */
async function listStandardColumns() {
  const standards = await db.standard.findMany({
    where: { version: { status: 'PUBLISHED' } },
    orderBy: [{ version: { number: 'desc' } }, { number: 'asc' }],
    select: { key: true, number: true, text: true },
  });
  const newest = new Map<string, { key: string; number: number; text: string }>();
  for (const standard of standards) if (!newest.has(standard.key)) newest.set(standard.key, standard);
  return [...newest.values()].sort((a, b) => a.number - b.number || a.key.localeCompare(b.key));
}

/**
 * „Exportieren“ (`/api/exports/assessments`, the caller checked `assessments:export`): every
 * submitted revision of the self-assessments the review queue's filters select (the queue's own
 * parsing and WHERE, lib/review/review-queue-condition.ts, scoped by
 * `exportableAssessmentScopeSql`: officers and administrators), one row per project and revision.
 * Sheet „Übersicht“: project, organisation, region, target group, status, revision, submitted at,
 * decision, how many standards are fulfilled, and one column per standard with the answer's
 * status; sheet „Angaben“: one row per answer with its texts. XLSX holds both sheets, CSV one of
 * them (`format=csv` / `csv-answers`). Headers in the reader's language, dates and numbers in
 * German notation. Streamed: revisions in batches of 200 by keyset (lib/export/query-export-revisions.ts),
 * read as the client takes the file.
 */
export async function exportAssessments({
  actor,
  query = {},
  locale = 'de',
  now = new Date(),
}: {
  actor: ScopeActor;
  query?: Record<string, unknown>;
  locale?: Locale;
  now?: Date;
}): Promise<ExportFile> {
  const filters = listReviewQueueSchema.parse(query);
  const format = formatSchema.parse(query.format);
  const condition = reviewQueueCondition({ actor, filters, scope: 'export' });
  const t = exportTranslator(locale);
  const standards = await listStandardColumns();
  const revisions = () => queryExportRevisions({ condition });

  const label = {
    region: (code: string) => (isKnownRegion(code) ? t(`projects.regions.${code}`) : code),
    targetGroup: (code: string) => (isKnownTargetGroup(code) ? t(`projects.targetGroups.${code}`) : code),
  };
  const project = (row: ExportRevisionRow) => [row.title, row.organisationName];

  const overviewColumns: ExportColumn[] = [
    { header: t('exports.columns.project'), kind: 'text', width: 36 },
    { header: t('exports.columns.organisation'), kind: 'text', width: 30 },
    { header: t('exports.columns.region'), kind: 'text', width: 20 },
    { header: t('exports.columns.targetGroup'), kind: 'text', width: 22 },
    { header: t('exports.columns.status'), kind: 'text', width: 22 },
    { header: t('exports.columns.revision'), kind: 'integer', width: 9 },
    { header: t('exports.columns.submittedAt'), kind: 'dateTime', width: 17 },
    { header: t('exports.columns.decision'), kind: 'text', width: 22 },
    { header: t('exports.columns.decidedAt'), kind: 'dateTime', width: 17 },
    { header: t('exports.columns.fulfilled'), kind: 'integer', width: 10 },
    { header: t('exports.columns.fulfilledShare'), kind: 'decimal', width: 12 },
    ...standards.map((standard): ExportColumn => ({ header: standardHeading(standard.number, standard.text), kind: 'text', width: 18 })),
  ];
  const overviewRow = (row: ExportRevisionRow): ExportRow => {
    const statuses = Object.values(row.statuses ?? {});
    const fulfilled = statuses.filter((status) => status === 'FULFILLED').length;
    const applicable = statuses.filter((status) => status !== 'NOT_APPLICABLE').length;
    return [
      ...project(row),
      label.region(row.region),
      label.targetGroup(row.targetGroup),
      t(`assessment.status.${row.status}`),
      row.revisionNumber,
      row.submittedAt,
      row.decisionKind ? t(`review.decision.made.${row.decisionKind}`) : null,
      row.decidedAt,
      fulfilled,
      applicable === 0 ? null : Math.round((fulfilled / applicable) * 1000) / 10,
      ...standards.map((standard) => {
        const status = row.statuses?.[standard.key];
        return status ? t(`assessment.answerStatus.${status}`) : null;
      }),
    ];
  };

  const answerColumns: ExportColumn[] = [
    { header: t('exports.columns.project'), kind: 'text', width: 36 },
    { header: t('exports.columns.organisation'), kind: 'text', width: 30 },
    { header: t('exports.columns.revision'), kind: 'integer', width: 9 },
    { header: t('exports.columns.standardNumber'), kind: 'integer', width: 10 },
    { header: t('exports.columns.standard'), kind: 'text', width: 36 },
    { header: t('exports.columns.answerStatus'), kind: 'text', width: 18 },
    { header: t('exports.columns.implementation'), kind: 'text', width: 60 },
    { header: t('exports.columns.plannedMeasures'), kind: 'text', width: 40 },
    { header: t('exports.columns.targetDate'), kind: 'date', width: 12 },
    { header: t('exports.columns.partners'), kind: 'text', width: 30 },
  ];
  async function* answerRows(): AsyncIterable<ExportRow[]> {
    for await (const batch of revisions()) {
      const byId = new Map(batch.map((row) => [row.revisionId, row]));
      const answers = await queryExportAnswers({ revisionIds: batch.map((row) => row.revisionId) });
      yield answers.map((answer) => {
        const revision = byId.get(answer.revisionId)!;
        return [
          ...project(revision),
          revision.revisionNumber,
          answer.standardNumber,
          standardHeading(null, answer.standardText, 60) || answer.standardKey,
          t(`assessment.answerStatus.${answer.status}`),
          answer.implementation,
          answer.plannedMeasures,
          answer.targetDate,
          answer.partners,
        ];
      });
    }
  }

  const overview: ExportSheet = { name: t('exports.sheets.overview'), columns: overviewColumns, batches: () => mapBatches(revisions(), overviewRow) };
  const answers: ExportSheet = { name: t('exports.sheets.answers'), columns: answerColumns, batches: answerRows };
  const base = `${t('exports.fileNames.assessments')}-${fileStamp(now)}`;
  if (format === 'xlsx') return { fileName: `${base}.xlsx`, contentType: XLSX_CONTENT_TYPE, body: xlsxStream([overview, answers]) };
  if (format === 'csv') return { fileName: `${base}.csv`, contentType: 'text/csv; charset=utf-8', body: csvTableStream(overview) };
  return { fileName: `${base}-${t('exports.fileNames.answers')}.csv`, contentType: 'text/csv; charset=utf-8', body: csvTableStream(answers) };
}
