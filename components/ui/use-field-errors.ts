'use client';

import { useState } from 'react';

/**
 * Errors of a form as translated messages: the first message per field (by the field's first
 * path segment, so `countries.0` counts for `countries`) and an optional form-level one.
 */
export function useFieldErrors<F extends string>(fields: readonly F[], translate: (key: string) => string) {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [formError, setFormError] = useState<string | undefined>();

  function show(fieldErrors: Record<string, string[]>, form?: string) {
    const next: Partial<Record<F, string>> = {};
    let unplaced: string | undefined;
    for (const [path, keys] of Object.entries(fieldErrors)) {
      const field = path.split('.')[0] as F;
      if (fields.includes(field)) next[field] ??= translate(keys[0]!);
      else unplaced ??= keys[0];
    }
    setErrors(next);
    const formKey = form ?? unplaced;
    setFormError(formKey ? translate(formKey) : undefined);
  }

  function clear() {
    setErrors({});
    setFormError(undefined);
  }

  return { errors, formError, show, clear };
}
