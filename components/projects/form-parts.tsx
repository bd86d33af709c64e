'use client';

/** Field id → id of its error message, for aria-describedby. */
export const errorId = (id: string) => `${id}-error`;
export const hintId = (id: string) => `${id}-hint`;

export function describedBy(id: string, { hint, error }: { hint?: string; error?: string }) {
  const ids = [hint ? hintId(id) : null, error ? errorId(id) : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={errorId(id)} className="mt-1 text-sm font-semibold text-danger">
      {error}
    </p>
  );
}

export function FieldHint({ id, hint }: { id: string; hint?: string }) {
  if (!hint) return null;
  return (
    <p id={hintId(id)} className="mb-1 text-sm text-muted">
      {hint}
    </p>
  );
}

const INPUT = 'w-full rounded border border-gray-500 px-3 py-2 aria-[invalid=true]:border-danger aria-[invalid=true]:border-2';

type TextFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
  optionalLabel?: string;
  type?: 'text' | 'email' | 'tel' | 'date';
  inputMode?: 'numeric';
  multiline?: boolean;
  autoComplete?: string;
};

/** A labelled input or textarea with its hint and, after a failed check, its error next to it. */
export function TextField({ id, label, value, onChange, error, hint, required, optionalLabel, type = 'text', inputMode, multiline, autoComplete }: TextFieldProps) {
  const common = {
    id,
    name: id,
    value,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, { hint, error }),
    className: INPUT,
  } as const;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
        {optionalLabel && <span className="font-normal text-muted"> ({optionalLabel})</span>}
      </label>
      <FieldHint id={id} hint={hint} />
      {multiline ? (
        <textarea {...common} rows={5} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} inputMode={inputMode} autoComplete={autoComplete} onChange={(event) => onChange(event.target.value)} />
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** The summary above a form after a failed check: focused, announced, with links to the fields. */
export function ErrorSummary({
  ref,
  title,
  formError,
  fields,
}: {
  ref?: React.Ref<HTMLDivElement>;
  title: string;
  formError?: string;
  fields: { id: string; label: string; error: string }[];
}) {
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="rounded border-l-4 border-danger bg-red-50 p-4">
      <p className="font-semibold">{title}</p>
      {formError && <p data-testid="form-error">{formError}</p>}
      {fields.length > 0 && (
        <ul className="mt-2 list-disc pl-5">
          {fields.map((field) => (
            <li key={field.id}>
              <a href={`#${field.id}`} className="text-danger underline">
                {field.label}: {field.error}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const BUTTON_PRIMARY =
  'inline-block rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70';
export const BUTTON_SECONDARY =
  'inline-block rounded border border-brand-700 px-5 py-2 font-semibold text-brand-800 hover:bg-brand-50';
