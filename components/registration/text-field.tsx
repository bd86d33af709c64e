/**
 * A labelled input with an optional hint and its error messages next to it (aria-invalid,
 * aria-describedby). Uncontrolled: the browser keeps what was typed when the form shows errors.
 */
export function TextField({
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
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mb-1 text-sm text-muted">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={id}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy}
        className="w-full rounded border border-gray-500 px-3 py-2"
        {...input}
      />
      {errorId && (
        <div id={errorId} className="mt-1 text-sm text-danger">
          {errors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
    </div>
  );
}
