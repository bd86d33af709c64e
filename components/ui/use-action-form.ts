'use client';

import { useRef, useState, useTransition } from 'react';
import type { z } from 'zod';
import type { ActionFailure, ActionResult, FieldErrors } from '@/lib/forms/action-result';
import type { SummaryField } from '@/components/ui/error-summary';
import { useErrorText, type ErrorNamespace } from '@/components/ui/use-error-text';

/**
 * The one submit plumbing of the portal's forms. `submit(values)` checks the values with the
 * mutation's zod schema (the same the server checks again), then calls `action` — a Server
 * Action passed in as a prop, or a request wrapped to answer an ActionResult (sign-in, uploads).
 * A refusal shows translated messages per field (`errors`, all messages of a field) or, when it
 * names none of this form's fields, a form-level one (`formError`; keys of other fields land there),
 * and the error summary (`summaryRef`) takes the focus. A request that never arrives counts as
 * `network`. The form's own input is never touched, except by `onFailure`.
 */
export function useActionForm<F extends string, V, D, E = unknown>({
  namespace,
  fields,
  schema,
  action,
  onSuccess,
  onFailure,
  messageValues,
}: {
  /** Whose `errors` messages fit this form (components/ui/use-error-text.ts). */
  namespace: ErrorNamespace;
  /** The form's fields in the order of the error summary. */
  fields: readonly F[];
  schema?: z.ZodType;
  action: (values: V) => Promise<ActionResult<D, E>>;
  onSuccess?: (data: D) => void;
  onFailure?: (failure: ActionFailure<E>) => void;
  /** Values for every message (e.g. the allowed file types). */
  messageValues?: Record<string, string | number>;
}) {
  const errorText = useErrorText(namespace);
  const [errors, setErrors] = useState<Partial<Record<F, string[]>>>({});
  const [formError, setFormError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();
  const summaryRef = useRef<HTMLDivElement>(null);

  function show(failure: ActionFailure<E>) {
    const values = { ...messageValues, ...failure.values };
    const next: Partial<Record<F, string[]>> = {};
    let unplaced: string | undefined;
    for (const [path, keys] of Object.entries(failure.fieldErrors ?? {})) {
      const field = path.split('.')[0] as F;
      if (!fields.includes(field)) {
        unplaced ??= keys[0];
        continue;
      }
      const messages = (next[field] ??= []);
      for (const key of keys) {
        const message = errorText(key, values);
        if (!messages.includes(message)) messages.push(message);
      }
    }
    setErrors(next);
    // A refusal that names its fields (e.g. „already a member“ on the e-mail) is said there, once.
    const placed = Object.keys(next).length > 0;
    const formKey = (placed ? undefined : failure.formError) ?? unplaced;
    setFormError(formKey ? errorText(formKey, values) : undefined);
  }

  /** Shows a refusal found by the form itself (or by its action) and moves the focus to the summary. */
  function fail(failure: Omit<ActionFailure<E>, 'ok'>) {
    const refusal = { ok: false as const, ...failure };
    show(refusal);
    onFailure?.(refusal);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  function clear() {
    setErrors({});
    setFormError(undefined);
  }

  function submit(values: V) {
    if (schema) {
      const parsed = schema.safeParse(values);
      if (!parsed.success) {
        const fieldErrors: FieldErrors = {};
        for (const issue of parsed.error.issues) (fieldErrors[issue.path.join('.') || '_form'] ??= []).push(issue.message);
        fail({ fieldErrors });
        return;
      }
    }
    clear();
    startTransition(async () => {
      let result: ActionResult<D, E>;
      try {
        result = await action(values);
      } catch {
        result = { ok: false, formError: 'network' };
      }
      if (result.ok) onSuccess?.(result.data);
      else fail(result);
    });
  }

  /** The error summary's entries: the fields in error, in form order, each with its link target. */
  function summaryFields(label: (field: F) => string, idOf: (field: F) => string = (field) => field): SummaryField[] {
    return fields.flatMap((field) => {
      const messages = errors[field];
      return messages?.length ? [{ id: idOf(field), label: label(field), message: messages.join(' ') }] : [];
    });
  }

  return { errors, formError, pending, summaryRef, submit, fail, clear, summaryFields };
}
