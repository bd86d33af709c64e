import { requireApiUser } from '@/lib/auth/api-guards';
import { NotFoundError } from '@/lib/errors';
import { contentDisposition } from '@/lib/evidence/content-disposition';
import { getEvidenceVersionDownload } from '@/lib/evidence/get-evidence-version-download';
import { parseId } from '@/lib/forms/action-args';
import { toErrorResponse } from '@/lib/forms/to-action-failure';
import { getFileStorage } from '@/lib/storage/get-file-storage';
import { StorageKeyNotFoundError } from '@/lib/storage/file-storage';

export const dynamic = 'force-dynamic';

/**
 * Downloads one file version: for applicants of the project's organisation and officers who
 * may see it (lib/evidence/get-evidence-version-download.ts); anonymous → 401, anything else
 * → 404. Always an attachment with the detected type, never rendered by the browser.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ versionId: string }> }) {
  const guard = await requireApiUser();
  if (guard.response) return guard.response;
  try {
    const versionId = parseId((await params).versionId, 'EvidenceVersion');
    const download = await getEvidenceVersionDownload({ actor: guard.user, versionId });
    const body = await getFileStorage().read(download.storageKey);
    return new Response(body, {
      headers: {
        'Content-Type': download.mediaType,
        'Content-Length': String(download.size),
        'Content-Disposition': contentDisposition(download.fileName),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        ETag: `"${download.sha256}"`,
      },
    });
  } catch (error) {
    // A row whose file is gone is reported like a missing row (404), never as a server error.
    return toErrorResponse(error instanceof StorageKeyNotFoundError ? new NotFoundError('EvidenceVersion') : error, 'evidence/download');
  }
}
