import type { z } from 'zod';

/**
 * What a Server Action returns to its form: success with data, or errors as i18n keys — a
 * form-level one and/or per field. The form shows them next to the fields and keeps the input.
 */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string[]> };

export function ok<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}

/** zod issues → `{ 'companies.0.name': ['nameRequired'] }` (messages are i18n keys). */
export function fieldErrorsFrom(error: z.ZodError): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    (result[key] ??= []).push(issue.message);
  }
  return result;
}
