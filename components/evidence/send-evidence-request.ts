import type { EvidenceItem } from '@/lib/evidence/evidence-item';

/** What the evidence route handlers answer (app/api/projects/[projectId]/evidence). */
export type EvidenceResponseBody =
  | { ok: true; item: EvidenceItem }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string[]> };

export type EvidenceResponse = { status: number; body: EvidenceResponseBody | null };

/**
 * Sends a request with XMLHttpRequest (fetch reports no upload progress). Resolves with the
 * status and the JSON body; rejects only when the connection fails.
 */
export function sendEvidenceRequest({
  method,
  url,
  body,
  onProgress,
}: {
  method: 'POST' | 'DELETE';
  url: string;
  body?: FormData;
  onProgress?: (percent: number) => void;
}): Promise<EvidenceResponse> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(method, url);
    request.responseType = 'text';
    request.setRequestHeader('Accept', 'application/json');
    if (onProgress) {
      request.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
      });
    }
    request.addEventListener('load', () => {
      let parsed: EvidenceResponseBody | null = null;
      try {
        parsed = request.responseText ? (JSON.parse(request.responseText) as EvidenceResponseBody) : null;
      } catch {
        parsed = null;
      }
      resolve({ status: request.status, body: parsed });
    });
    request.addEventListener('error', () => reject(new Error('network')));
    request.addEventListener('abort', () => reject(new Error('network')));
    request.send(body ?? null);
  });
}

/** The error keys of a failed response (form-level and per field), by status when the body has none. */
export function errorsOf(response: EvidenceResponse): { formError: string; fieldErrors: Record<string, string[]> } {
  const body = response.body && !response.body.ok ? response.body : null;
  const byStatus: Record<number, string> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'notFound', 409: 'projectLocked', 413: 'fileTooLarge', 415: 'fileTypeNotAllowed' };
  const formError = body?.formError ?? byStatus[response.status] ?? 'unknown';
  const fieldErrors = { ...(body?.fieldErrors ?? {}) };
  if (response.status === 413 && !fieldErrors.file) fieldErrors.file = ['fileTooLarge'];
  return { formError, fieldErrors };
}
