'use client';

import { useRef, useTransition } from 'react';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/forms/action-result';
import { useFieldErrors } from '@/components/ui/use-field-errors';

/**
 * Submit plumbing of a form that keeps its values in state: checks them with the mutation's
 * zod schema on the client, then calls the Server Action (which checks again). Errors are shown
 * as translated messages per field (see `useFieldErrors`); after each failure the error summary
 * (`summaryRef`) takes the focus.
 */
export function useCheckedSubmit<F extends string, V, D>({
  fields,
  t,
  schema,
  action,
  onSuccess,
}: {
  /** The form's fields in the order of the error summary. */
  fields: readonly F[];
  /** The form's translations: error keys are looked up as `errors.<key>`, unknown ones as `errors.unknown`. */
  t: { (key: string): string; has: (key: string) => boolean };
  schema: z.ZodType;
  action: (values: V) => Promise<ActionResult<D>>;
  onSuccess: (data: D) => void;
}) {
  const { errors, formError, show, clear } = useFieldErrors<F>(fields, (key) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : t('errors.unknown')));
  const [pending, startTransition] = useTransition();
  const summaryRef = useRef<HTMLDivElement>(null);

  function fail(fieldErrors: Record<string, string[]> | undefined, form?: string) {
    show(fieldErrors ?? {}, form);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  function submit(values: V) {
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
      fail(fieldErrors);
      return;
    }
    clear();
    startTransition(async () => {
      const result = await action(values);
      if (result.ok) onSuccess(result.data);
      else fail(result.fieldErrors, result.formError);
    });
  }

  /** The error summary's entries: the fields in error, in form order, each with its link target. */
  function summaryFields(label: (field: F) => string, idOf: (field: F) => string = (field) => field) {
    return fields.filter((field) => errors[field]).map((field) => ({ id: idOf(field), label: label(field), message: errors[field]! }));
  }

  return { errors, formError, pending, summaryRef, submit, summaryFields };
}
