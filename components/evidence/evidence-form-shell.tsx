'use client';

import { useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/button-classes';
import { ErrorSummary, type SummaryField } from '@/components/ui/error-summary';

/**
 * The frame of an evidence form (file or link): the form named by its heading, the error
 * summary, the caller's fields, then the submit and cancel buttons and the live status text.
 */
export function EvidenceFormShell({
  formRef,
  onSubmit,
  heading,
  summaryRef,
  formError,
  summaryFields,
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
  summaryRef: React.Ref<HTMLDivElement>;
  formError?: string;
  summaryFields: SummaryField[];
  submitLabel: string;
  pending: boolean;
  onCancel?: () => void;
  status: string;
  statusTestId?: string;
  children: React.ReactNode;
}) {
  const t = useTranslations('evidence');
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={heading} className="mt-3 space-y-3 rounded border border-gray-300 p-3">
      <p className="font-semibold">{heading}</p>
      <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields} />
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass('primary', 'sm')}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} className={buttonClass('secondary', 'xs')}>
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
