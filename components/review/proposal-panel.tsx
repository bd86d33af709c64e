'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { buttonClass } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';

type Values = { resolution: 'CONFIRMED' | 'RETURNED'; note: string };

/** Four-eyes rule: a second officer „Bestätigen“ or „Zurückgeben“ (with a note) the open proposal. */
export function ProposalPanel({ canConfirm, action }: { canConfirm: boolean; action: (input: Values) => Promise<ActionResult<{ resolution: string }>> }) {
  const t = useTranslations('review');
  const router = useRouter();
  const [note, setNote] = useState('');
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'review',
    fields: ['note'],
    schema: () => import('@/lib/review/decide-assessment-schema').then((m) => m.resolveProposalSchema),
    action,
    onSuccess: () => router.refresh(),
  });
  return (
    <form noValidate onSubmit={(event) => event.preventDefault()} className="space-y-3">
      <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields(() => t('proposal.note'), () => 'proposal-note')} />
      <TextField id="proposal-note" label={t('proposal.note')} value={note} onChange={setNote} error={errors.note?.join(' ')} multiline />
      <div className="flex flex-wrap gap-3">
        {canConfirm && (
          <button type="button" disabled={pending} onClick={() => submit({ resolution: 'CONFIRMED', note })} className={buttonClass('primary')}>
            {t('proposal.confirm')}
          </button>
        )}
        <button type="button" disabled={pending} onClick={() => submit({ resolution: 'RETURNED', note })} className={buttonClass('secondary')}>
          {t('proposal.return')}
        </button>
      </div>
    </form>
  );
}
