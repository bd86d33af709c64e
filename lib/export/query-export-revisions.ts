import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AnswerStatus, AssessmentStatus, DecisionKind } from '@/lib/generated/prisma/enums';

/** Revisions read per statement while an export streams (their answers: one more statement per batch). */
export const EXPORT_BATCH = 200;

/** One submitted revision of a self-assessment, as the exports list it. */
export type ExportRevisionRow = {
  assessmentId: string;
  revisionId: string;
  status: AssessmentStatus;
  revisionNumber: number;
  submittedAt: Date | null;
  /** Title, region and target group as submitted with this revision (its profile snapshot), else the project's. */
  title: string;
  region: string;
  targetGroup: string;
  organisationName: string;
  decisionKind: DecisionKind | null;
  decidedAt: Date | null;
  /** Standard key → the answer's status. */
  statuses: Record<string, AnswerStatus> | null;
};

export type ExportAnswerRow = {
  revisionId: string;
  standardKey: string;
  standardNumber: number | null;
  standardText: string | null;
  status: AnswerStatus;
  implementation: string;
  plannedMeasures: string;
  targetDate: Date | null;
  partners: string;
};

/**
 * Every submitted revision of the self-assessments matching `condition` (a WHERE on Assessment
 * `a` and Project `p`: lib/review/review-queue-condition.ts), as batches of EXPORT_BATCH rows —
 * one statement per batch, by keyset on (assessment id, revision number). Both never change, so a
 * submission or a renamed project while the export runs neither repeats nor skips a row. Each row
 * carries its answers' statuses (one JSON object per revision, aggregated in the same statement).
 */
export async function* queryExportRevisions({ condition, batchSize = EXPORT_BATCH }: { condition: Prisma.Sql; batchSize?: number }): AsyncGenerator<ExportRevisionRow[]> {
  let cursor: { assessmentId: string; revisionNumber: number } | null = null;
  for (;;) {
    const after: Prisma.Sql = cursor ? Prisma.sql`AND (a."id", r."number") > (${cursor.assessmentId}, ${cursor.revisionNumber})` : Prisma.empty;
    const rows: ExportRevisionRow[] = await db.$queryRaw<ExportRevisionRow[]>`
      SELECT a."id" AS "assessmentId", r."id" AS "revisionId", a."status", r."number" AS "revisionNumber", r."submittedAt",
        COALESCE(r."profileSnapshot"->>'title', p."title") AS "title",
        COALESCE(r."profileSnapshot"->>'region', p."region") AS "region",
        COALESCE(r."profileSnapshot"->>'targetGroup', p."targetGroup"::text) AS "targetGroup",
        o."name" AS "organisationName",
        d."kind" AS "decisionKind", d."decidedAt",
        (SELECT json_object_agg(x."standardKey", x."status") FROM "Answer" x WHERE x."revisionId" = r."id") AS "statuses"
      FROM "Assessment" a
      JOIN "Project" p ON p."id" = a."projectId"
      JOIN "Organisation" o ON o."id" = p."organisationId"
      JOIN "Revision" r ON r."assessmentId" = a."id" AND r."status" = 'SUBMITTED'
      LEFT JOIN "Decision" d ON d."revisionId" = r."id"
      WHERE ${condition} ${after}
      ORDER BY a."id", r."number"
      LIMIT ${batchSize}`;
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    const last = rows.at(-1)!;
    cursor = { assessmentId: last.assessmentId, revisionNumber: last.revisionNumber };
  }
}

/**
 * The answers of a batch of revisions, in one statement, each with its standard's number and
 * text in the revision's catalogue version, ordered by revision (as given) and standard number.
 */
export async function queryExportAnswers({ revisionIds }: { revisionIds: readonly string[] }): Promise<ExportAnswerRow[]> {
  if (revisionIds.length === 0) return [];
  const rows = await db.$queryRaw<ExportAnswerRow[]>`
    SELECT x."revisionId", x."standardKey", s."number" AS "standardNumber", s."text" AS "standardText",
      x."status", x."implementation", x."plannedMeasures", x."targetDate", x."partners"
    FROM "Answer" x
    JOIN "Revision" r ON r."id" = x."revisionId"
    LEFT JOIN "Standard" s ON s."versionId" = r."catalogueVersionId" AND s."key" = x."standardKey"
    WHERE x."revisionId" IN (${Prisma.join(revisionIds)})
    ORDER BY s."number" NULLS LAST, x."standardKey"`;
  const position = new Map(revisionIds.map((id, index) => [id, index]));
  return rows.sort((a, b) => position.get(a.revisionId)! - position.get(b.revisionId)!);
}
