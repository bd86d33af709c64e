/** The address of „Als PDF herunterladen“ for one revision (app/api/assessments/[assessmentId]/revisions/[number]/pdf, ADR 027). */
export function revisionPdfHref({ assessmentId, revisionNumber }: { assessmentId: string; revisionNumber: number }): string {
  return `/api/assessments/${encodeURIComponent(assessmentId)}/revisions/${revisionNumber}/pdf`;
}
