import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { DomainError, httpStatusOf, type DomainErrorCode } from '@/lib/errors';
import type { AssessmentStatus } from '@/lib/generated/prisma/enums';
import { fieldErrorsFrom, type ServerFailure } from '@/lib/forms/action-result';
import { isDatabaseBusy } from '@/lib/db/is-database-busy';
import { isDatabaseUnavailable } from '@/lib/db/is-database-unavailable';
import { DEFAULT_LOCALE } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';

/**
 * The one mapping from what a domain function threw to what its form is told. Every Server
 * Action ends in `catch (error) { return toActionFailure(error, 'where') }`; route handlers answer
 * `toErrorResponse(error, 'where')`, the same body with the code's HTTP status.
 * - zod (classic or zod/mini — mini throws a core `$ZodError`, which classic's ZodError is too):
 *   the messages per field (input the form's own check let through, or a forged request). A
 *   message that is no message key — zod's own English default, for input of the wrong type, a
 *   missing field or an unknown one, which no form sends — becomes the shared key `invalidInput`,
 *   so every answer is a key the form translates (`errors.domain.invalidInput`);
 * - DomainError (not found, locked, conflict, forbidden …): its code, field keys and details;
 * - Next's own interrupts (redirect, notFound, forbidden) are rethrown;
 * - the database unreachable (restart, broken connection): `databaseUnavailable` (503), one log
 *   line — nothing was saved, the user is asked to try again in a few minutes (ADR 033). Checked
 *   before „busy“: a transaction that could not start because no connection could be opened is
 *   an outage, not load;
 * - the database busy (no connection, lock or transaction time within the limits,
 *   lib/db/is-database-busy.ts): `serverBusy` (503), one log line — nothing was saved, the user
 *   is asked to try again in a moment (ADR 033);
 * - anything else is a bug: logged with `where`, and the form says „unknown“ while keeping what
 *   the user typed.
 */
export function toActionFailure<E = unknown>(error: unknown, where = 'action'): ServerFailure<E> {
  unstable_rethrow(error);
  if (error instanceof z.core.$ZodError) return { ok: false, fieldErrors: translatableFieldErrors(error) };
  if (error instanceof DomainError) {
    const failure: ServerFailure<E> = { ok: false, formError: error.code };
    if (Object.keys(error.fieldErrors).length > 0) failure.fieldErrors = error.fieldErrors;
    if (error.details !== undefined) failure.details = error.details as E;
    if (error.values !== undefined) failure.values = error.values;
    return failure;
  }
  if (isDatabaseUnavailable(error)) {
    console.error(`[${where}] database unavailable: ${lastLine(error)}`);
    return { ok: false, formError: 'databaseUnavailable' };
  }
  if (isDatabaseBusy(error)) {
    console.error(`[${where}] database busy: ${lastLine(error)}`);
    return { ok: false, formError: 'serverBusy' };
  }
  console.error(`[${where}]`, error);
  return { ok: false, formError: 'unknown' };
}

/**
 * Every key a form can translate (components/ui/use-error-text.ts looks in its namespace's
 * `errors`, then in the shared `errors.domain`): the keys of all of them, from the catalogue of
 * the default language (the others have the same keys, tests/unit/messages.test.ts).
 */
let errorKeys: Set<string> | null = null;
function isErrorKey(key: string): boolean {
  if (!errorKeys) {
    errorKeys = new Set();
    const collect = (tree: unknown, prefix = '') => {
      if (!tree || typeof tree !== 'object') return;
      for (const [name, value] of Object.entries(tree)) {
        // A message is a string, or an array once precompiled (ADR 010); an object holds more keys.
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) collect(value, `${prefix}${name}.`);
        else errorKeys!.add(`${prefix}${name}`);
      }
    };
    for (const namespace of Object.values(MESSAGES[DEFAULT_LOCALE])) collect((namespace as { errors?: unknown }).errors);
    collect(MESSAGES[DEFAULT_LOCALE].errors.domain);
  }
  return errorKeys.has(key);
}

/** zod's issues as field keys, each a key some form translates (else `invalidInput`), each once per field. */
function translatableFieldErrors(error: z.core.$ZodError) {
  const fieldErrors = fieldErrorsFrom(error);
  for (const [field, keys] of Object.entries(fieldErrors)) fieldErrors[field] = [...new Set(keys.map((key) => (isErrorKey(key) ? key : 'invalidInput')))];
  return fieldErrors;
}

/** The gist of a database error for the log: the last line of its message (Prisma puts the cause there). */
function lastLine(error: unknown): string {
  return error instanceof Error ? (error.message.trim().split('\n').pop() ?? error.name) : String(error);
}

/** When a client may try again after a 503 of the database (seconds, the `Retry-After` header). */
const RETRY_AFTER_SECONDS: Partial<Record<DomainErrorCode, number>> = { serverBusy: 5, databaseUnavailable: 60 };

/** A JSON response that is never cached (every answer of a route handler that depends on the user). */
export function privateJson(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store', ...headers } });
}

/**
 * A refusal as a route handler's JSON response: the ActionFailure body with the code's status
 * (zod: 422); a busy or unreachable database adds `Retry-After`.
 */
export function toErrorResponse(error: unknown, where = 'route'): Response {
  const failure = toActionFailure(error, where);
  const status = failure.formError ? httpStatusOf(failure.formError) : httpStatusOf('invalid');
  const retryAfter = failure.formError ? RETRY_AFTER_SECONDS[failure.formError] : undefined;
  return privateJson(failure.formError ? failure : { ...failure, formError: 'invalid' }, status, retryAfter ? { 'Retry-After': String(retryAfter) } : {});
}

/**
 * A refused transition names the status it met („Das ist im Status „Angenommen“ nicht
 * möglich.“): the status's name in the user's language goes into the failure's `values`.
 */
export async function withStatusName<E>(failure: ServerFailure<E>): Promise<ServerFailure<E>> {
  if (failure.formError !== 'transitionRefused' || typeof failure.details !== 'string') return failure;
  const { getTranslations } = await import('next-intl/server');
  const t = await getTranslations('assessment');
  const status = failure.details as AssessmentStatus;
  return { ...failure, values: { ...failure.values, status: t(`status.${status}`) } };
}
