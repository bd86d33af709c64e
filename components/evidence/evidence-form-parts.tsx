'use client';

import { useTranslations } from 'next-intl';
import { ALLOWED_FILE_TYPE_LABELS } from '@/lib/evidence/evidence-rules';

export const INPUT_CLASS =
  'w-full rounded border border-gray-500 px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-danger';
export const BUTTON_PRIMARY = 'rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70';
export const BUTTON_SECONDARY = 'rounded border border-brand-700 px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-70';

/** Translates an error key of the `evidence.errors` namespace; unknown keys become „unknown“. */
export function useEvidenceErrorText() {
  const t = useTranslations('evidence.errors');
  return (key: string): string => {
    const known = t.has(key as 'unknown') ? key : 'unknown';
    return t(known as 'fileTypeNotAllowed', { types: ALLOWED_FILE_TYPE_LABELS });
  };
}

export type FormErrors = { form?: string; fields: Record<string, string | undefined> };

/** The error summary at the top of a form (role="alert"), listing every message. */
export function ErrorSummary({ errors, title }: { errors: FormErrors; title: string }) {
  const messages = [...new Set([errors.form, ...Object.values(errors.fields)].filter((text): text is string => Boolean(text)))];
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="mb-3 rounded border-l-4 border-danger bg-red-50 p-3">
      <p className="font-semibold">{title}</p>
      <ul className="list-disc pl-5">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}

/** Label, optional hint, the control and its error message (wired with aria-describedby by the caller). */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="mb-3">
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mb-1 text-sm text-muted">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

export function describedBy(id: string, { hint, error }: { hint?: boolean; error?: string }): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
