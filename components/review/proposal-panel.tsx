'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { useAnnounce } from '@/components/ui/action-status';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { buttonClass } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';

type Values = { resolution: 'CONFIRMED' | 'RETURNED'; note: string };

/**
 * Four-eyes rule: a second officer „Bestätigen“ or „Zurückgeben“ (with a note) the open proposal
 * of `kind`. The panel goes away with its success: the page's status line (ActionStatus) says
 * what happened and takes the focus. While the action runs the pressed button keeps the focus
 * (`aria-disabled`; useActionForm ignores a repeat).
 */
export function ProposalPanel({
  kind,
  canConfirm,
  action,
}: {
  kind: 'CHANGES_REQUESTED' | 'ACCEPTED' | 'REJECTED';
  canConfirm: boolean;
  action: (input: Values) => Promise<ActionResult<{ resolution: string }>>;
}) {
  const t = useTranslations('review');
  const router = useRouter();
  const announce = useAnnounce();
  const [note, setNote] = useState('');
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'review',
    fields: ['note'],
    schema: () => import('@/lib/review/decide-assessment-schema').then((m) => m.resolveProposalSchema),
    action,
    onSuccess: ({ resolution }) => {
      announce(resolution === 'CONFIRMED' ? t('proposal.confirmedDone', { decision: t(`decision.made.${kind}`) }) : t('proposal.returnedDone'), { focus: true });
      router.refresh();
    },
  });
  return (
    <form noValidate onSubmit={(event) => event.preventDefault()} className="space-y-3">
      <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields(() => t('proposal.note'), () => 'proposal-note')} />
      <TextField id="proposal-note" label={t('proposal.note')} value={note} onChange={setNote} error={errors.note?.join(' ')} multiline />
      <div className="flex flex-wrap gap-3">
        {canConfirm && (
          <button type="button" aria-disabled={pending || undefined} onClick={() => submit({ resolution: 'CONFIRMED', note })} className={buttonClass('primary')}>
            {t('proposal.confirm')}
          </button>
        )}
        <button type="button" aria-disabled={pending || undefined} onClick={() => submit({ resolution: 'RETURNED', note })} className={buttonClass('secondary')}>
          {t('proposal.return')}
        </button>
      </div>
    </form>
  );
}
