'use client';

import { useEffect, useRef } from 'react';

/**
 * The list of a form's problems at its top (role="alert"), each linking to its field; takes the
 * focus when it appears so that screen reader and keyboard users start there.
 */
export function ErrorSummary({
  title,
  formError,
  fields,
}: {
  title: string;
  formError?: string | null;
  fields: { id: string; label: string; message: string }[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  const visible = Boolean(formError) || fields.length > 0;
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, formError, fields.length]);
  if (!visible) return null;
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="rounded border-l-4 border-danger bg-red-50 p-4 focus:outline-2 focus:outline-brand-700">
      <p className="font-semibold">{title}</p>
      {formError && <p data-testid="form-error">{formError}</p>}
      {fields.length > 0 && (
        <ul className="mt-2 list-disc pl-5">
          {fields.map((field) => (
            <li key={field.id}>
              <a href={`#${field.id}`} className="underline">
                {field.label}: {field.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
