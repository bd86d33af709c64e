import type { EvidenceItem } from '@/lib/evidence/evidence-item';
import type { ActionResult } from '@/lib/forms/action-result';

/**
 * Sends a request to the evidence route handlers with XMLHttpRequest (fetch reports no upload
 * progress) and answers what they answer: an ActionResult (app/api/projects/[projectId]/evidence,
 * lib/forms/to-action-failure.ts). A body that is not theirs (a proxy's 413 page) becomes
 * `fileTooLarge` or `unknown`; a connection that fails rejects (the form says „network“).
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
}): Promise<ActionResult<EvidenceItem | undefined>> {
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
      if (request.status === 204) return resolve({ ok: true, data: undefined });
      try {
        const parsed = JSON.parse(request.responseText) as ActionResult<EvidenceItem>;
        if (typeof parsed?.ok === 'boolean') return resolve(parsed);
      } catch {
        // not the route handler's answer
      }
      resolve({ ok: false, formError: request.status === 413 ? 'fileTooLarge' : 'unknown' });
    });
    request.addEventListener('error', () => reject(new Error('network')));
    request.addEventListener('abort', () => reject(new Error('network')));
    request.send(body ?? null);
  });
}
