import { requireApiPermission } from '@/lib/auth/api-guards';
import { DomainError } from '@/lib/errors';
import { addFileEvidence } from '@/lib/evidence/add-file-evidence';
import { addLinkEvidence } from '@/lib/evidence/add-link-evidence';
import { addFileEvidenceSchema, addLinkEvidenceSchema } from '@/lib/evidence/evidence-schemas';
import { receiveUpload } from '@/lib/evidence/receive-upload';
import { parseId } from '@/lib/forms/action-args';
import { privateJson, toErrorResponse } from '@/lib/forms/to-action-failure';
import { getFileStorage } from '@/lib/storage/get-file-storage';

export const dynamic = 'force-dynamic';

/**
 * Adds evidence to a project (multipart: Server Actions are limited to 1 MB). Fields: `kind`
 * (FILE | LINK), `standardKey` or `companyId`, `title`, `file` or `url`, optional `evidenceId`
 * (then it becomes a new version of that evidence). The body is streamed: the file goes to a
 * staged file on disk (lib/evidence/receive-upload.ts), never into memory. Answers 201
 * `{ ok: true, data: item }` or an ActionFailure `{ ok: false, formError, fieldErrors, values }`
 * (i18n keys) with 401/403/404/409/413/415/422/503/507.
 */
export async function POST(request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  const storage = getFileStorage();
  let discard: (() => Promise<void>) | undefined;
  try {
    // Inside the try: a database outage while checking the session answers 503 `databaseUnavailable`.
    const guard = await requireApiPermission('project:write', request);
    if (guard.response) return guard.response;
    const projectId = parseId((await params).projectId, 'Project');
    const upload = await receiveUpload({ request, stagingDirectory: await storage.stagingDirectory() });
    discard = upload.discard;
    const { fields: form } = upload;
    const fields = { standardKey: form.standardKey, companyId: form.companyId, evidenceId: form.evidenceId, title: form.title };
    let item;
    if (form.kind === 'LINK') {
      const parsed = addLinkEvidenceSchema.parse({ ...fields, url: form.url });
      item = await addLinkEvidence({ ...parsed, actor: guard.user, projectId });
    } else if (form.kind === 'FILE') {
      const parsed = addFileEvidenceSchema.parse(fields);
      if (!upload.file) throw new DomainError('invalid', 'No file', { file: ['fileRequired'] });
      item = await addFileEvidence({ ...parsed, actor: guard.user, projectId, fileName: upload.file.fileName, file: upload.file, storage });
    } else {
      throw new DomainError('invalid', 'Unknown evidence kind', { kind: ['kindInvalid'] });
    }
    return privateJson({ ok: true, data: item }, 201);
  } catch (error) {
    return toErrorResponse(error, 'evidence/add');
  } finally {
    await discard?.();
  }
}
