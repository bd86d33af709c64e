'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { FieldLabel } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';

type Values = { officerId: string; note: string };

/** „Abgeben“: another officer and a note for them. */
export function HandOverForm({ officers, action }: { officers: { id: string; name: string }[]; action: (input: Values) => Promise<ActionResult<void>> }) {
  const t = useTranslations('review');
  const router = useRouter();
  const [officerId, setOfficerId] = useState(officers[0]?.id ?? '');
  const [note, setNote] = useState('');
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'review',
    fields: ['officerId', 'note'],
    schema: () => import('@/lib/review/hand-over-assessment-schema').then((m) => m.handOverSchema),
    action,
    onSuccess: () => {
      setNote('');
      router.refresh();
    },
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit({ officerId, note });
      }}
      className="space-y-3"
    >
      <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields((field) => t(field === 'note' ? 'assignment.handOverNote' : 'assignment.handOverTo'), (field) => `handover-${field}`)} />
      <div>
        <FieldLabel id="handover-officerId" label={t('assignment.handOverTo')} />
        <select id="handover-officerId" value={officerId} onChange={(event) => setOfficerId(event.target.value)} className="field-input">
          {officers.map((officer) => (
            <option key={officer.id} value={officer.id}>
              {officer.name}
            </option>
          ))}
        </select>
      </div>
      <TextField id="handover-note" label={t('assignment.handOverNote')} hint={t('assignment.handOverNoteHint')} value={note} onChange={setNote} error={errors.note?.join(' ')} multiline />
      <button type="submit" disabled={pending} className={buttonClass('secondary')}>
        {t('assignment.handOver')}
      </button>
    </form>
  );
}
