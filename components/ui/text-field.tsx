'use client';

import { Field, FieldHint, FieldLabel, INPUT_CLASS, describedBy, errorId } from '@/components/ui/field';

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

/**
 * A controlled, labelled input or textarea with its hint and, after a failed check, its (first)
 * error next to it. For forms that keep their values in state (projects, companies).
 */
export function TextField({ id, label, value, onChange, error, hint, required, optionalLabel, type = 'text', inputMode, multiline, autoComplete }: TextFieldProps) {
  const common = {
    id,
    name: id,
    value,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, { hint, error }),
    className: INPUT_CLASS,
  } as const;
  return (
    <Field id={id} label={label} optionalLabel={optionalLabel} hint={hint} error={error}>
      {multiline ? (
        <textarea {...common} rows={5} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} inputMode={inputMode} autoComplete={autoComplete} onChange={(event) => onChange(event.target.value)} />
      )}
    </Field>
  );
}

/**
 * A labelled input with an optional hint and all its error messages next to it (aria-invalid,
 * aria-describedby). Uncontrolled: the browser keeps what was typed when the form shows errors;
 * further input attributes (type, autoComplete, defaultValue, …) pass through.
 */
export function UncontrolledTextField({
  id,
  label,
  errors = [],
  hint,
  className = '',
  ...input
}: {
  id: string;
  label: string;
  errors?: string[];
  hint?: string;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  const invalid = errors.length > 0;
  return (
    <div className={className}>
      <FieldLabel id={id} label={label} />
      <FieldHint id={id} hint={hint} />
      <input
        id={id}
        name={id}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy(id, { hint, error: invalid })}
        className={INPUT_CLASS}
        {...input}
      />
      {invalid && (
        <div id={errorId(id)} className="mt-1 text-sm font-semibold text-danger">
          {errors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
    </div>
  );
}
