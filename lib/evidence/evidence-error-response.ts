import { z } from 'zod';
import { AuthorizationError } from '@/lib/auth/errors';
import { ConflictError, DomainError, NotFoundError } from '@/lib/errors';
import { fieldErrorsFrom } from '@/lib/forms/action-result';

const STATUS_BY_CODE: Record<string, number> = {
  fileTooLarge: 413,
  fileTypeNotAllowed: 415,
  notMultipart: 415,
  projectLocked: 409,
};

/** The JSON body of a failed evidence request: i18n keys of the `evidence.errors` namespace. */
export type EvidenceErrorBody = { ok: false; formError?: string; fieldErrors?: Record<string, string[]> };

function respond(status: number, body: EvidenceErrorBody): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } });
}

/**
 * Maps what the evidence functions throw to a status and i18n keys: 403 forbidden, 404 not
 * found (also for other organisations' ids), 409 locked or concurrent, 413 too large, 415
 * type not allowed, 422 invalid input. Anything unexpected is rethrown (500, logged by Next).
 */
export function evidenceErrorResponse(error: unknown): Response {
  if (error instanceof z.ZodError) return respond(422, { ok: false, formError: 'invalid', fieldErrors: fieldErrorsFrom(error) });
  if (error instanceof AuthorizationError) {
    return respond(error.reason === 'unauthenticated' ? 401 : 403, { ok: false, formError: error.reason });
  }
  if (error instanceof NotFoundError) return respond(404, { ok: false, formError: 'notFound' });
  if (error instanceof ConflictError) return respond(409, { ok: false, formError: 'conflict' });
  if (error instanceof DomainError) {
    const hasFieldErrors = Object.keys(error.fieldErrors).length > 0;
    return respond(STATUS_BY_CODE[error.code] ?? 422, {
      ok: false,
      formError: error.code,
      ...(hasFieldErrors ? { fieldErrors: error.fieldErrors } : {}),
    });
  }
  throw error;
}
