import type { z } from 'zod';
import type { DomainErrorCode, FieldErrors } from '@/lib/errors';

/**
 * What a Server Action (or an upload route, lib/forms/to-action-failure.ts) answers its form:
 * success with data, or a refusal as i18n keys — a form-level code and/or keys per field — with
 * optional `details` (the stored answer of a conflict, the missing answers) and `values` for the
 * message. The form shows them next to its fields and keeps the input.
 */
export type ActionFailure<E = unknown> = {
  ok: false;
  /** A domain code, or `network` when the request never reached the server (set in the browser). */
  formError?: DomainErrorCode | 'network';
  fieldErrors?: FieldErrors;
  details?: E;
  values?: Record<string, string | number>;
};

export type ActionResult<T = undefined, E = unknown> = { ok: true; data: T } | ActionFailure<E>;

/** What the server itself answers: always a domain code (never `network`). */
export type ServerFailure<E = unknown> = ActionFailure<E> & { formError?: DomainErrorCode };

export type { FieldErrors };

export function ok<T>(data: T): { ok: true; data: T } {
  return { ok: true, data };
}

/** zod issues → `{ 'companies.0.name': ['nameRequired'] }` (messages are i18n keys). */
export function fieldErrorsFrom(error: z.core.$ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    (result[key] ??= []).push(issue.message);
  }
  return result;
}
