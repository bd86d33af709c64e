/** `?revision=N` of the self-assessment's pages: a number, or undefined for the latest revision. */
export function parseRevisionQuery(value: string | string[] | undefined): number | undefined {
  return typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : undefined;
}

type ShownRevision = { number: number; isLatest: boolean };

/** The query that keeps an earlier revision in view (the latest one needs none). */
const revisionQuery = (revision: ShownRevision) => (revision.isLatest ? '' : `?revision=${revision.number}`);

/** The page of one phase of the revision shown (`base`: the review pages' /review/<assessmentId>). */
export function phaseHref({ projectId, slug, revision, base = `/projects/${projectId}/assessment` }: { projectId: string; slug: string; revision: ShownRevision; base?: string }) {
  return `${base}/${slug}${revisionQuery(revision)}`;
}

/** The overview of the revision shown. */
export function overviewHref({ projectId, revision, base = `/projects/${projectId}/assessment` }: { projectId: string; revision: ShownRevision; base?: string }) {
  return `${base}${revisionQuery(revision)}`;
}
