'use client';

import { useTranslations } from 'next-intl';
import { BUTTON_PRIMARY, BUTTON_SECONDARY, ErrorSummary, type FormErrors } from '@/components/evidence/evidence-form-parts';

/**
 * The frame of an evidence form (file or link): the form named by its heading, the error
 * summary, the caller's fields, then the submit and cancel buttons and the live status text.
 */
export function EvidenceFormShell({
  formRef,
  onSubmit,
  heading,
  errors,
  submitLabel,
  pending,
  onCancel,
  status,
  statusTestId,
  children,
}: {
  formRef: React.Ref<HTMLFormElement>;
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void;
  heading: string;
  errors: FormErrors;
  submitLabel: string;
  pending: boolean;
  onCancel?: () => void;
  status: string;
  statusTestId?: string;
  children: React.ReactNode;
}) {
  const t = useTranslations('evidence');
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={heading} className="mt-3 rounded border border-gray-300 p-3">
      <p className="mb-2 font-semibold">{heading}</p>
      <ErrorSummary errors={errors} title={t('errorSummary')} />
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} className={BUTTON_SECONDARY}>
            {t('cancel')}
          </button>
        )}
        <p aria-live="polite" role="status" className="text-sm" data-testid={statusTestId}>
          {status}
        </p>
      </div>
    </form>
  );
}
