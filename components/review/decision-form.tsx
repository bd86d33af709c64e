'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useAnnounce } from '@/components/ui/action-status';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { buttonClass } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';

type Kind = 'CHANGES_REQUESTED' | 'ACCEPTED' | 'REJECTED';
type Values = { kind: Kind; reason: string; dueDate: string | null };
const isKind = (value: string): value is Kind => value === 'CHANGES_REQUESTED' || value === 'ACCEPTED' || value === 'REJECTED';

/**
 * „Überarbeitung anfordern“, „Annehmen“, „Ablehnen“ with „Begründung“ (and „Frist“ for a
 * revision request). The schema is checked first, then a dialog asks before the decision is
 * saved for good.
 */
export function DecisionForm({ action, fourEyes }: { action: (input: Values) => Promise<ActionResult<{ kind: string; proposed: boolean }>>; fourEyes: boolean }) {
  const t = useTranslations('review');
  const router = useRouter();
  const announce = useAnnounce();
  const [kind, setKind] = useState<Kind | null>(null);
  const [reason, setReason] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [confirming, setConfirming] = useState(false);
  const values = (): Values => ({ kind: kind as Kind, reason, dueDate: kind === 'CHANGES_REQUESTED' && dueDate ? dueDate : null });
  const { errors, formError, pending, summaryRef, submit, fail, clear, summaryFields } = useActionForm({
    namespace: 'review',
    fields: ['kind', 'reason', 'dueDate'],
    schema: () => import('@/lib/review/decide-assessment-schema').then((m) => m.decideAssessmentSchema),
    action,
    onSuccess: ({ kind: made, proposed }) => {
      setConfirming(false);
      // The form goes away with the decision: the page's status line says it and takes the focus.
      if (isKind(made)) announce(proposed ? `${t('proposal.heading')}: ${t(`decision.${made}`)}` : `${t('decision.heading')}: ${t(`decision.made.${made}`)}`, { focus: true });
      router.refresh();
    },
    onFailure: () => setConfirming(false),
  });
  const ids = { kind: 'decision-kind', reason: 'decision-reason', dueDate: 'decision-due' } as const;

  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const problems = kind ? null : { kind: ['kindRequired'] };
        if (problems) return fail({ fieldErrors: problems });
        const schema = (await import('@/lib/review/decide-assessment-schema')).decideAssessmentSchema;
        const parsed = schema.safeParse(values());
        if (!parsed.success) return submit(values());
        clear();
        setConfirming(true);
      }}
      className="space-y-4"
    >
      <ErrorSummary
        ref={summaryRef}
        title={t('errorSummary')}
        formError={formError}
        fields={summaryFields((field) => t(field === 'kind' ? 'decision.kind' : field === 'reason' ? 'decision.reason' : 'decision.dueDate'), (field) => ids[field])}
      />
      {fourEyes && <p className="rounded bg-brand-50 p-3 text-sm">{t('decision.fourEyesOn')}</p>}
      <fieldset aria-describedby={errors.kind ? `${ids.kind}-error` : undefined}>
        <legend className="mb-2 font-semibold">{t('decision.kind')}</legend>
        <div className="flex flex-col gap-2">
          {(['CHANGES_REQUESTED', 'ACCEPTED', 'REJECTED'] as const).map((value, index) => (
            <label key={value} className="flex items-center gap-2">
              <input id={index === 0 ? ids.kind : undefined} type="radio" name="decision-kind" value={value} checked={kind === value} onChange={() => setKind(value)} className="size-5" />
              {t(`decision.${value}`)}
            </label>
          ))}
        </div>
        {errors.kind && (
          <p id={`${ids.kind}-error`} className="mt-1 text-sm font-semibold text-danger">
            {errors.kind.join(' ')}
          </p>
        )}
      </fieldset>
      <TextField id={ids.reason} label={t('decision.reason')} hint={t('decision.reasonHint')} value={reason} onChange={setReason} error={errors.reason?.join(' ')} multiline />
      {kind === 'CHANGES_REQUESTED' && (
        <TextField id={ids.dueDate} type="date" label={t('decision.dueDate')} hint={t('decision.dueDateHint')} value={dueDate} onChange={setDueDate} error={errors.dueDate?.join(' ')} />
      )}
      <button type="submit" disabled={pending} className={buttonClass('primary')} data-testid="decision-submit">
        {pending ? t('decision.sending') : t('decision.submit')}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t('decision.confirmTitle')}
        text={`${kind ? t(`decision.${kind}`) : ''}: ${t('decision.confirmText')}`}
        confirmLabel={t('decision.confirm')}
        cancelLabel={t('decision.cancel')}
        busy={pending}
        onConfirm={() => submit(values())}
        onCancel={() => setConfirming(false)}
      />
    </form>
  );
}
