import { isCrossOriginRequest, requireApiPermission } from '@/lib/auth/api-guards';
import { addFileEvidence } from '@/lib/evidence/add-file-evidence';
import { addFileEvidenceSchema } from '@/lib/evidence/add-file-evidence-schema';
import { addLinkEvidence } from '@/lib/evidence/add-link-evidence';
import { addLinkEvidenceSchema } from '@/lib/evidence/add-link-evidence-schema';
import { evidenceErrorResponse } from '@/lib/evidence/evidence-error-response';
import { readUploadForm } from '@/lib/evidence/read-upload-form';

export const dynamic = 'force-dynamic';

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
};

/**
 * Adds evidence to a project (multipart: Server Actions are limited to 1 MB). Fields: `kind`
 * (FILE | LINK), `standardKey` or `companyId`, `title`, `file` or `url`, optional `evidenceId`
 * (then it becomes a new version of that evidence). Answers 201 `{ ok: true, item }` or
 * `{ ok: false, formError, fieldErrors }` with i18n keys and 401/403/404/409/413/415/422.
 */
export async function POST(request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  if (isCrossOriginRequest(request)) return Response.json({ ok: false, formError: 'forbidden' }, { status: 403 });
  const guard = await requireApiPermission('project:write');
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
      if (!(file instanceof File)) {
        return Response.json({ ok: false, formError: 'invalid', fieldErrors: { file: ['fileRequired'] } }, { status: 422 });
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      item = await addFileEvidence({ ...parsed, actor: guard.user, projectId, fileName: file.name, bytes });
    } else {
      return Response.json({ ok: false, formError: 'invalid', fieldErrors: { kind: ['kindInvalid'] } }, { status: 422 });
    }
    return Response.json({ ok: true, item }, { status: 201, headers: { 'Cache-Control': 'private, no-store' } });
  } catch (error) {
    return evidenceErrorResponse(error);
  }
}
