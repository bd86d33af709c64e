import { requireApiPermission } from '@/lib/auth/api-guards';
import { DomainError } from '@/lib/errors';
import { addFileEvidence } from '@/lib/evidence/add-file-evidence';
import { addLinkEvidence } from '@/lib/evidence/add-link-evidence';
import { addFileEvidenceSchema, addLinkEvidenceSchema } from '@/lib/evidence/evidence-schemas';
import { readUploadForm } from '@/lib/evidence/read-upload-form';
import { privateJson, toErrorResponse } from '@/lib/forms/to-action-failure';

export const dynamic = 'force-dynamic';

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
};

/**
 * Adds evidence to a project (multipart: Server Actions are limited to 1 MB). Fields: `kind`
 * (FILE | LINK), `standardKey` or `companyId`, `title`, `file` or `url`, optional `evidenceId`
 * (then it becomes a new version of that evidence). Answers 201 `{ ok: true, data: item }` or an
 * ActionFailure `{ ok: false, formError, fieldErrors }` (i18n keys) with 401/403/404/409/413/415/422.
 */
export async function POST(request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  const guard = await requireApiPermission('project:write', request);
  if (guard.response) return guard.response;
  const { projectId } = await params;
  try {
    const form = await readUploadForm({ request });
    const fields = {
      standardKey: text(form, 'standardKey'),
      companyId: text(form, 'companyId'),
      evidenceId: text(form, 'evidenceId'),
      title: text(form, 'title'),
    };
    const kind = text(form, 'kind');
    let item;
    if (kind === 'LINK') {
      const parsed = addLinkEvidenceSchema.parse({ ...fields, url: text(form, 'url') });
      item = await addLinkEvidence({ ...parsed, actor: guard.user, projectId });
    } else if (kind === 'FILE') {
      const parsed = addFileEvidenceSchema.parse(fields);
      const file = form.get('file');
      if (!(file instanceof File)) throw new DomainError('invalid', 'No file', { file: ['fileRequired'] });
      const bytes = new Uint8Array(await file.arrayBuffer());
      item = await addFileEvidence({ ...parsed, actor: guard.user, projectId, fileName: file.name, bytes });
    } else {
      throw new DomainError('invalid', 'Unknown evidence kind', { kind: ['kindInvalid'] });
    }
    return privateJson({ ok: true, data: item }, 201);
  } catch (error) {
    return toErrorResponse(error, 'evidence/add');
  }
}
