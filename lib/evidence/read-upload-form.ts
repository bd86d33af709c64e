import { DomainError } from '@/lib/errors';
import { MAX_EVIDENCE_REQUEST_BYTES } from '@/lib/evidence/evidence-rules';

/**
 * Reads a multipart request body, refusing it early when Content-Length announces more than
 * the limit and while reading when the actual bytes exceed it (a missing or false length
 * cannot smuggle a larger file in), then parses the form.
 */
export async function readUploadForm({ request, maxBytes = MAX_EVIDENCE_REQUEST_BYTES }: { request: Request; maxBytes?: number }): Promise<FormData> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data;/i.test(contentType)) throw new DomainError('notMultipart', 'Expected multipart/form-data');
  const announced = Number(request.headers.get('content-length'));
  if (Number.isFinite(announced) && announced > maxBytes) throw new DomainError('fileTooLarge', 'Request too large', { file: ['fileTooLarge'] });
  if (!request.body) throw new DomainError('invalidRequest', 'Empty request');

  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new DomainError('fileTooLarge', 'Request too large', { file: ['fileTooLarge'] });
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new DomainError('invalidRequest', 'Malformed multipart body');
  }
}
