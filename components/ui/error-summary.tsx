'use client';

export type SummaryField = { id: string; label: string; message: string };

/**
 * The list of a form's problems at its top (role="alert"): a form-level message and a link to
 * each field in error. Renders nothing while there is no problem. The form's hook
 * (components/ui/use-action-form.ts) focuses it through `ref` after each failed submit.
 */
export function ErrorSummary({
  ref,
  title,
  formError,
  fields,
}: {
  ref?: React.Ref<HTMLDivElement>;
  title: string;
  formError?: string | null;
  fields: SummaryField[];
}) {
  if (!formError && fields.length === 0) return null;
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="rounded border-l-4 border-danger bg-red-50 p-4 focus:outline-2 focus:outline-brand-700">
      <p className="font-semibold">{title}</p>
      {formError && <p data-testid="form-error">{formError}</p>}
      {fields.length > 0 && (
        <ul className="mt-2 list-disc pl-5">
          {fields.map((field) => (
            <li key={field.id}>
              <a href={`#${field.id}`} className="text-danger underline">
                {field.label}: {field.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
