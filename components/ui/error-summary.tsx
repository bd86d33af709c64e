'use client';

import { useEffect, useRef } from 'react';

type SummaryField = { id: string; label: string; message: string };

/**
 * The list of a form's problems at its top (role="alert"): a form-level message and a link to
 * each field in error. Renders nothing while there is no problem.
 *
 * Focus: with `focusOnShow` the summary focuses itself when it appears or its problems change
 * (registration, organisation); otherwise the caller focuses it through `ref` after each failed
 * submit (see `useCheckedSubmit`).
 */
export function ErrorSummary({
  ref,
  title,
  formError,
  fields,
  focusOnShow = false,
  linkClassName = 'underline',
}: {
  ref?: React.Ref<HTMLDivElement>;
  title: string;
  formError?: string | null;
  fields: SummaryField[];
  focusOnShow?: boolean;
  linkClassName?: string;
}) {
  const ownRef = useRef<HTMLDivElement>(null);
  const visible = Boolean(formError) || fields.length > 0;
  useEffect(() => {
    if (focusOnShow && visible) ownRef.current?.focus();
  }, [focusOnShow, visible, formError, fields.length]);
  if (!visible) return null;
  return (
    <div
      ref={focusOnShow ? ownRef : ref}
      role="alert"
      tabIndex={-1}
      className={`rounded border-l-4 border-danger bg-red-50 p-4${focusOnShow ? ' focus:outline-2 focus:outline-brand-700' : ''}`}
    >
      <p className="font-semibold">{title}</p>
      {formError && <p data-testid="form-error">{formError}</p>}
      {fields.length > 0 && (
        <ul className="mt-2 list-disc pl-5">
          {fields.map((field) => (
            <li key={field.id}>
              <a href={`#${field.id}`} className={linkClassName}>
                {field.label}: {field.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
