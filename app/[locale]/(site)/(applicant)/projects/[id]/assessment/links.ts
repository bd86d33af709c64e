/** `?revision=N` of the self-assessment's pages: a number, or undefined for the latest revision. */
export function parseRevisionQuery(value: string | string[] | undefined): number | undefined {
  return typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : undefined;
}

/** The page of one phase of the revision shown (the latest one needs no query). */
export function phaseHref({ projectId, slug, revision }: { projectId: string; slug: string; revision: { number: number; isLatest: boolean } }) {
  return `/projects/${projectId}/assessment/${slug}${revision.isLatest ? '' : `?revision=${revision.number}`}`;
}

/** The overview of the revision shown. */
export function overviewHref({ projectId, revision }: { projectId: string; revision: { number: number; isLatest: boolean } }) {
  return `/projects/${projectId}/assessment${revision.isLatest ? '' : `?revision=${revision.number}`}`;
}
