import { z } from 'zod';
import { DomainError } from '@/lib/errors';
import { fieldErrorsFrom } from '@/lib/forms/action-result';

export type ActionFailure = { ok: false; formError?: string; fieldErrors?: Record<string, string[]> };

/**
 * What a projects/companies action answers when its domain function refused: invalid input →
 * messages per field; a domain error (not found, locked) → its code as the form's message.
 * Anything else is a bug and is rethrown (error page).
 */
export function toActionFailure(error: unknown): ActionFailure {
  if (error instanceof z.ZodError) return { ok: false, fieldErrors: fieldErrorsFrom(error) };
  if (error instanceof DomainError) return { ok: false, formError: error.code, fieldErrors: error.fieldErrors };
  throw error;
}
