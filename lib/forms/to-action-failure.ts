import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { DomainError, httpStatusOf } from '@/lib/errors';
import type { AssessmentStatus } from '@/lib/generated/prisma/enums';
import { fieldErrorsFrom, type ServerFailure } from '@/lib/forms/action-result';
import { isDatabaseUnavailable } from '@/lib/db/is-database-unavailable';

/**
 * The one mapping from what a domain function threw to what its form is told. Every Server
 * Action ends in `catch (error) { return toActionFailure(error, 'where') }`; route handlers answer
 * `toErrorResponse(error, 'where')`, the same body with the code's HTTP status.
 * - zod (classic or zod/mini — mini throws a core `$ZodError`, which classic's ZodError is too):
 *   the messages per field (input the form's own check let through, or a forged request);
 * - DomainError (not found, locked, conflict, forbidden …): its code, field keys and details;
 * - Next's own interrupts (redirect, notFound, forbidden) are rethrown;
 * - the database unreachable (restart, broken connection): `databaseUnavailable` (503), one log
 *   line — nothing was saved, the user is asked to try again in a moment (ADR 033);
 * - anything else is a bug: logged with `where`, and the form says „unknown“ while keeping what
 *   the user typed.
 */
export function toActionFailure<E = unknown>(error: unknown, where = 'action'): ServerFailure<E> {
  unstable_rethrow(error);
  if (error instanceof z.core.$ZodError) return { ok: false, fieldErrors: fieldErrorsFrom(error) };
  if (error instanceof DomainError) {
    const failure: ServerFailure<E> = { ok: false, formError: error.code };
    if (Object.keys(error.fieldErrors).length > 0) failure.fieldErrors = error.fieldErrors;
    if (error.details !== undefined) failure.details = error.details as E;
    if (error.values !== undefined) failure.values = error.values;
    return failure;
  }
  if (isDatabaseUnavailable(error)) {
    console.error(`[${where}] database unavailable: ${error instanceof Error ? error.message.trim().split('\n').pop() : String(error)}`);
    return { ok: false, formError: 'databaseUnavailable' };
  }
  console.error(`[${where}]`, error);
  return { ok: false, formError: 'unknown' };
}

/** A JSON response that is never cached (every answer of a route handler that depends on the user). */
export function privateJson(body: unknown, status: number): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } });
}

/** A refusal as a route handler's JSON response: the ActionFailure body with the code's status (zod: 422). */
export function toErrorResponse(error: unknown, where = 'route'): Response {
  const failure = toActionFailure(error, where);
  const status = failure.formError ? httpStatusOf(failure.formError) : httpStatusOf('invalid');
  return privateJson(failure.formError ? failure : { ...failure, formError: 'invalid' }, status);
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
