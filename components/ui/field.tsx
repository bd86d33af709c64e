/** The class of a text input, textarea or select; a thicker red border while aria-invalid (app/globals.css). */
export const INPUT_CLASS = 'field-input';

/** Field id → id of its hint / error message, for aria-describedby. */
export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/** The ids a field's control is described by: its hint and its error, when there is one. */
export function describedBy(id: string, { hint, error }: { hint?: string | boolean; error?: string | boolean }): string | undefined {
  const ids = [hint ? hintId(id) : null, error ? errorId(id) : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldLabel({ id, label, optionalLabel }: { id: string; label: string; optionalLabel?: string }) {
  return (
    <label htmlFor={id} className="field-label">
      {label}
      {optionalLabel && <span className="font-normal text-muted"> ({optionalLabel})</span>}
    </label>
  );
}

export function FieldHint({ id, hint }: { id: string; hint?: string }) {
  if (!hint) return null;
  return (
    <p id={hintId(id)} className="field-hint">
      {hint}
    </p>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={errorId(id)} className="field-error">
      {error}
    </p>
  );
}

/**
 * Label, optional hint, the control and its error message next to it. The control itself is
 * the caller's; wire it with `aria-invalid` and `aria-describedby={describedBy(id, …)}`.
 */
export function Field({
  id,
  label,
  optionalLabel,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: string;
  optionalLabel?: string;
  hint?: string;
  error?: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={className}>
      <FieldLabel id={id} label={label} optionalLabel={optionalLabel} />
      <FieldHint id={id} hint={hint} />
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}
