'use client';

import { useEffect, useRef, useState, useTransition } from 'react';
import type { z } from 'zod/mini';
import type { ActionFailure, ActionResult, FieldErrors } from '@/lib/forms/action-result';
import type { SummaryField } from '@/components/ui/error-summary';
import { useErrorText, type ErrorNamespace } from '@/components/ui/use-error-text';

/** A zod schema (zod/mini or classic: both have `safeParse`). */
type Validator = { safeParse(values: unknown): z.core.util.SafeParseResult<unknown> };

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
  /**
   * Loads the mutation's schema, the one the server checks too:
   * `() => import('@/lib/…/x-schema').then((m) => m.xSchema)`. It loads once the form is on
   * screen, not with the page: zod is ~20 kB gzip the first paint does not need (ADR 010).
   */
  schema?: () => Promise<Validator>;
  action: (values: V) => Promise<ActionResult<D, E>>;
  onSuccess?: (data: D) => void;
  onFailure?: (failure: ActionFailure<E>) => void;
  /** Values for every message (e.g. the allowed file types). */
  messageValues?: Record<string, string | number>;
}) {
  const errorText = useErrorText(namespace);
  const [errors, setErrors] = useState<Partial<Record<F, string[]>>>({});
  const [formError, setFormError] = useState<string | undefined>();
  const [sending, startTransition] = useTransition();
  // From the click until the action runs (the schema may still be loading): a second click waits.
  const [checking, setChecking] = useState(false);
  const busy = useRef(false);
  const pending = sending || checking;
  const summaryRef = useRef<HTMLDivElement>(null);
  // Each refusal asks for the focus once the summary is rendered (an effect runs after the
  // commit; a refusal found after an await is rendered later than a frame from now).
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) summaryRef.current?.focus();
  }, [focusRequest]);
  const validator = useRef<Promise<Validator> | null>(null);
  const loadValidator = () => (schema ? (validator.current ??= schema()) : null);
  useEffect(() => {
    // Once the form is on screen; a failed load is tried again on submit.
    loadValidator()?.catch(() => (validator.current = null));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the schema of a form never changes
  }, []);

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
    setFocusRequest((count) => count + 1);
  }

  function clear() {
    setErrors({});
    setFormError(undefined);
  }

  async function check(values: V): Promise<FieldErrors | null> {
    let loaded: Validator | undefined;
    try {
      loaded = (await loadValidator()) ?? undefined;
    } catch {
      // Not loaded (offline): the server checks the same schema.
      validator.current = null;
    }
    const parsed = loaded?.safeParse(values);
    if (!parsed || parsed.success) return null;
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join('.') || '_form'] ??= []).push(issue.message);
    return fieldErrors;
  }

  function submit(values: V) {
    if (busy.current || sending) return;
    busy.current = true;
    setChecking(true);
    void check(values)
      .then((fieldErrors) => (fieldErrors ? fail({ fieldErrors }) : send(values)))
      .finally(() => {
        busy.current = false;
        setChecking(false);
      });
  }

  function send(values: V) {
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
