import { cookies } from 'next/headers';
import { requireApiPermission } from '@/lib/auth/api-guards';
import { NotFoundError } from '@/lib/errors';
import { contentDisposition } from '@/lib/evidence/content-disposition';
import { exportRevisionPdf } from '@/lib/export/export-revision-pdf';
import { toErrorResponse } from '@/lib/forms/to-action-failure';
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale } from '@/lib/i18n/config';

export const dynamic = 'force-dynamic';

/**
 * „Als PDF herunterladen“: revision `number` of a self-assessment as a PDF (ADR 027), in the
 * language the reader chose (the `NEXT_LOCALE` cookie). Permission `assessment:pdf`
 * (applicants, officers): anonymous → 401, administrators → 403; a self-assessment or revision
 * the reader may not see (another organisation's, an officer asking for a draft) → 404.
 * Officers get their variant with internal notes; applicants never.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ assessmentId: string; number: string }> }) {
  const guard = await requireApiPermission('assessment:pdf');
  if (guard.response) return guard.response;
  try {
    const { assessmentId, number } = await params;
    if (!/^[1-9][0-9]{0,5}$/.test(number) || assessmentId.length > 64) throw new NotFoundError('revision');
    const language = (await cookies()).get(LOCALE_COOKIE)?.value;
    const { fileName, body } = await exportRevisionPdf({
      actor: guard.user,
      assessmentId,
      revisionNumber: Number(number),
      locale: isLocale(language) ? language : DEFAULT_LOCALE,
    });
    return new Response(body, {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': contentDisposition(fileName),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
      },
    });
  } catch (error) {
    return toErrorResponse(error, 'assessment/pdf');
  }
}
