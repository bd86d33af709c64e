'use client';

import { useTranslations } from 'next-intl';
import { ALLOWED_FILE_TYPE_LABELS } from '@/lib/evidence/evidence-rules';

/** Smaller than the portal's page buttons (components/ui/button-classes.ts): these sit inside a standard's evidence list. */
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

/**
 * The error summary at the top of an evidence form (role="alert"), listing every distinct
 * message as text. Unlike components/ui/error-summary.tsx it has no links to the fields and
 * does not take the focus.
 */
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
