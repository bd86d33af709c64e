import { db } from '@/lib/db';
import type { AssessmentStatus, TargetGroup } from '@/lib/generated/prisma/enums';
import type { Region } from '@/lib/projects/regions';
import type { ScopeActor } from '@/lib/auth/scope';
import type { DashboardQuery } from '@/lib/insight/dashboard-query-schema';
import { selectionCte } from '@/lib/insight/selection-sql';

type RequestCount = { open: number; overdue: number };
type FiguresRow = {
  byStatus: { status: AssessmentStatus; count: number }[];
  organisations: number;
  months: { month: string; count: number }[];
  decisions: { count: number; median: number | null };
  requests: { region: Region | null; targetGroup: TargetGroup | null; byRegion: number; byGroup: number; open: number; overdue: number }[];
  summary: { key: string; total: number; notFulfilled: number; partiallyFulfilled: number; notApplicable: number }[];
};

/** Shares of one standard's answers in the selection (the heatmap's summary column). */
export type StandardSummary = { total: number; notFulfilled: number; partiallyFulfilled: number; notApplicable: number };

const BERLIN_MONTH = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' });

/** The last 12 months in German time, oldest first, as `YYYY-MM`. */
export function lastTwelveMonths(now: Date): string[] {
  const parts = Object.fromEntries(BERLIN_MONTH.formatToParts(now).map((part) => [part.type, part.value]));
  const current = Number(parts.year) * 12 + Number(parts.month) - 1;
  return Array.from({ length: 12 }, (_, index) => {
    const month = current - 11 + index;
    return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
  });
}

/**
 * The dashboard's figures, in ONE aggregate statement over the selection (`selectionCte`):
 * self-assessments by status and their organisations; submissions (every submitted revision,
 * resubmissions included) per month of the last 12 in German time; the median days from a
 * revision's submission to its decision (every decision kind); open revision requests (status
 * „Überarbeitung angefordert“ with the request on the latest submitted revision) and the
 * overdue ones (their „Frist“ before today, German time), in total, by region and by target
 * group (GROUPING SETS); per standard the answers of the latest submitted revisions and how
 * many are „Nicht erfüllt“, „Teilweise erfüllt“, „Nicht zutreffend“.
 */
export async function getDashboardFigures({ actor, filters, now = new Date() }: { actor: ScopeActor; filters: DashboardQuery; now?: Date }) {
  const months = lastTwelveMonths(now);
  const [row] = await db.$queryRaw<[FiguresRow]>`
    WITH ${selectionCte(actor, filters)},
    berlin AS (SELECT (CAST(${now} AS timestamptz) AT TIME ZONE 'Europe/Berlin') AS "local")
    SELECT
      (SELECT coalesce(json_agg(json_build_object('status', x."status", 'count', x."n")), '[]'::json)
         FROM (SELECT "status", count(*)::int AS "n" FROM sel GROUP BY 1) x) AS "byStatus",
      (SELECT count(DISTINCT "organisationId")::int FROM sel) AS "organisations",
      (SELECT coalesce(json_agg(json_build_object('month', x."month", 'count', x."n")), '[]'::json) FROM (
         SELECT to_char((r."submittedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Berlin', 'YYYY-MM') AS "month", count(*)::int AS "n"
         FROM "Revision" r JOIN sel ON sel."assessmentId" = r."assessmentId"
         WHERE r."status" = 'SUBMITTED'
           AND r."submittedAt" >= (((SELECT date_trunc('month', "local") FROM berlin) - interval '11 months') AT TIME ZONE 'Europe/Berlin') AT TIME ZONE 'UTC'
         GROUP BY 1) x) AS "months",
      (SELECT json_build_object(
           'count', count(*),
           'median', percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d."decidedAt" - r."submittedAt") / 86400))
         FROM "Decision" d JOIN "Revision" r ON r."id" = d."revisionId" JOIN sel ON sel."assessmentId" = r."assessmentId") AS "decisions",
      (SELECT coalesce(json_agg(json_build_object('region', x."region", 'targetGroup', x."targetGroup", 'byRegion', x."gr", 'byGroup', x."gt", 'open', x."open", 'overdue', x."overdue")), '[]'::json) FROM (
         SELECT sel."region", sel."targetGroup", GROUPING(sel."targetGroup")::int AS "gr", GROUPING(sel."region")::int AS "gt",
           count(*)::int AS "open", (count(*) FILTER (WHERE d."dueDate" < (SELECT CAST("local" AS date) FROM berlin)))::int AS "overdue"
         FROM sel JOIN "Decision" d ON d."revisionId" = sel."revisionId"
         WHERE sel."status" = 'CHANGES_REQUESTED' AND d."kind" = 'CHANGES_REQUESTED'
         GROUP BY GROUPING SETS ((sel."region"), (sel."targetGroup"), ())) x) AS "requests",
      (SELECT coalesce(json_agg(json_build_object('key', x."key", 'total', x."total", 'notFulfilled', x."nf", 'partiallyFulfilled', x."pf", 'notApplicable', x."na")), '[]'::json) FROM (
         SELECT a."standardKey" AS "key", count(*)::int AS "total",
           (count(*) FILTER (WHERE a."status" = 'NOT_FULFILLED'))::int AS "nf",
           (count(*) FILTER (WHERE a."status" = 'PARTIALLY_FULFILLED'))::int AS "pf",
           (count(*) FILTER (WHERE a."status" = 'NOT_APPLICABLE'))::int AS "na"
         FROM sel JOIN "Answer" a ON a."revisionId" = sel."revisionId"
         GROUP BY 1) x) AS "summary"`;

  const byStatus = Object.fromEntries(row.byStatus.map((entry) => [entry.status, entry.count])) as Partial<Record<AssessmentStatus, number>>;
  const perMonth = new Map(row.months.map((entry) => [entry.month, entry.count]));
  const count = (entry: { open: number; overdue: number }): RequestCount => ({ open: entry.open, overdue: entry.overdue });
  // GROUPING(x) = 1: x is rolled up. By region: the target group rolled up, and the other way round.
  const byRegion = row.requests.filter((entry) => entry.byRegion === 1 && entry.byGroup === 0);
  const byGroup = row.requests.filter((entry) => entry.byGroup === 1 && entry.byRegion === 0);
  const total = row.requests.find((entry) => entry.byRegion === 1 && entry.byGroup === 1);
  return {
    total: row.byStatus.reduce((sum, entry) => sum + entry.count, 0),
    organisations: row.organisations,
    byStatus,
    months: months.map((month) => ({ month, count: perMonth.get(month) ?? 0 })),
    decisions: { count: Number(row.decisions.count), medianDays: row.decisions.median === null ? null : Number(row.decisions.median) },
    requests: {
      total: total ? count(total) : { open: 0, overdue: 0 },
      byRegion: byRegion.map((entry) => ({ region: entry.region!, ...count(entry) })).sort((a, b) => b.open - a.open || a.region.localeCompare(b.region)),
      byTargetGroup: byGroup.map((entry) => ({ targetGroup: entry.targetGroup!, ...count(entry) })),
    },
    summary: Object.fromEntries(row.summary.map(({ key, ...shares }) => [key, shares])) as Record<string, StandardSummary>,
  };
}

export type DashboardFigures = Awaited<ReturnType<typeof getDashboardFigures>>;
