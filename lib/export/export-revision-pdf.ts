import type { ScopeActor } from '@/lib/auth/scope';
import { getRevisionDocument } from '@/lib/export/get-revision-document';
import { renderRevisionPdf } from '@/lib/export/render-revision-pdf';
import type { Locale } from '@/lib/i18n/config';

/**
 * „Als PDF herunterladen“ (ADR 027): loads one revision for the actor (scoped; NotFoundError when
 * they may not see it) and lays it out as a PDF in `locale`. The body is a stream of the PDF's
 * bytes; the file name carries the project's title and the revision's number.
 */
export async function exportRevisionPdf({ actor, assessmentId, revisionNumber, locale }: { actor: ScopeActor; assessmentId: string; revisionNumber: number; locale: Locale }) {
  const document = await getRevisionDocument({ actor, assessmentId, revisionNumber, locale });
  return renderRevisionPdf({ document, locale });
}
